import { DocumentEntity } from './document.entity';

export * from './document-capabilities';
export * from './document.model';
export * from './documents.module';
export * from './documents.service';
export * from './production/producible-documents';
export * from './scans/on-paper.loader';
export * from './scans/on-paper.model';
export * from './scans/mailed-paper';
export * from './scans/scan-attachments';
export * from './storage/document-storage';
export * from './storage/storage.provider';

/** For the schema project's DataSource only. */
export const DOCUMENTS_ENTITIES = [DocumentEntity];
