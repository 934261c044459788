import { Readable } from 'node:stream';

/**
 * Where a document's bytes are kept, by key (`<caseId>/<documentId>`). One interface, two places:
 * a folder on this machine (the default) or an S3-compatible bucket; the same contract test runs
 * against both (document-storage.spec.ts).
 */
export abstract class DocumentStorage {
  /** Takes the staged file at `stagedPath` (moved or uploaded, then gone) and keeps it under `key`. */
  abstract put(key: string, stagedPath: string, contentType: string): Promise<void>;
  /** The bytes kept under `key`, streamed. */
  abstract open(key: string): Promise<Readable>;
  /** Forgets `key`; nothing happens when it is not there. */
  abstract remove(key: string): Promise<void>;
}

const KEY = /^[0-9a-f-]{36}\/[0-9a-f-]{36}$/;

/** Keys are built from two ids, never from anything a person typed: nothing can climb out of the store. */
export function storageKey(caseId: string, documentId: string): string {
  return checkKey(`${caseId}/${documentId}`);
}

export function checkKey(key: string): string {
  if (!KEY.test(key)) throw new Error(`Not a document storage key: ${key}`);
  return key;
}
