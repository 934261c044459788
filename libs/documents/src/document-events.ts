import { defineEvent } from '@parley/audit';

/** An upload is its party's private work until the paper it belongs to is served: its own chain. */
export const DocumentUploaded = defineEvent<{
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  pages: number | null;
}>({ action: 'DOCUMENT_UPLOADED', subjectType: 'Document', audience: 'party' });
