import { createReadStream } from 'node:fs';
import { copyFile, mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { checkKey, DocumentStorage } from './document-storage';

/** Documents as files in a folder: `<folder>/<caseId>/<documentId>`. */
export class LocalDiskStorage extends DocumentStorage {
  private readonly folder: string;

  constructor(folder: string) {
    super();
    this.folder = resolve(folder);
  }

  async put(key: string, stagedPath: string): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(dirname(target), { recursive: true });
    try {
      // Staged under the data folder, so usually on the same disk: a rename, whole or not at all.
      await rename(stagedPath, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      await copyFile(stagedPath, `${target}.part`);
      await rename(`${target}.part`, target);
      await rm(stagedPath, { force: true });
    }
  }

  async open(key: string): Promise<Readable> {
    const stream = createReadStream(this.pathOf(key));
    // Surface a missing file here, not midway through an answer already begun.
    await new Promise<void>((done, fail) => {
      stream.once('open', () => done());
      stream.once('error', fail);
    });
    return stream;
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    return join(this.folder, checkKey(key));
  }
}
