import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { S3Fake, startS3Fake } from '../testing/s3-fake';
import { DocumentStorage, storageKey } from './document-storage';
import { LocalDiskStorage } from './local-disk.storage';
import { S3Storage } from './s3.storage';

async function digest(stream: Readable): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of stream) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), size };
}

async function filesUnder(folder: string): Promise<string[]> {
  if (!existsSync(folder)) return [];
  return (await readdir(folder, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name);
}

/** The same contract for both places documents are kept (issue 15: one interface, tested against both). */
describe.each([
  ['a local folder', 'local'],
  ['S3-compatible storage (s3rver)', 's3'],
] as const)('document storage in %s', (_name, kind) => {
  let scratch: string;
  let fake: S3Fake | null = null;
  let storage: DocumentStorage;
  let kept: () => Promise<string[]>;

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'storage-spec-'));
    if (kind === 's3') {
      const s3 = (fake = await startS3Fake());
      storage = new S3Storage({
        kind: 's3',
        bucket: s3.bucket,
        endpoint: s3.endpoint,
        region: 'us-east-1',
        credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
        forcePathStyle: true,
      });
      const client = new S3Client({
        region: 'us-east-1',
        endpoint: s3.endpoint,
        forcePathStyle: true,
        credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
      });
      kept = async () =>
        ((await client.send(new ListObjectsV2Command({ Bucket: s3.bucket }))).Contents ?? []).map(
          (o) => o.Key as string,
        );
    } else {
      storage = new LocalDiskStorage(join(scratch, 'documents'));
      kept = () => filesUnder(join(scratch, 'documents'));
    }
  });

  afterAll(async () => {
    (storage as Partial<S3Storage>).onApplicationShutdown?.();
    await fake?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  function stage(bytes: Buffer): string {
    const path = join(scratch, `${randomUUID()}.part`);
    writeFileSync(path, bytes);
    return path;
  }

  it('keeps a file under its key and gives back the same bytes, taking the staged copy', async () => {
    // Over one 8 MB part: S3 receives it as a multipart upload.
    const bytes = randomBytes(9 * 1024 * 1024 + 17);
    const key = storageKey(randomUUID(), randomUUID());
    const staged = stage(bytes);
    await storage.put(key, staged, 'application/pdf');
    expect(existsSync(staged)).toBe(false);
    expect(await digest(await storage.open(key))).toEqual({
      sha256: createHash('sha256').update(bytes).digest('hex'),
      size: bytes.length,
    });
  });

  it('keeps files apart by key, and forgets one without touching the other', async () => {
    const caseId = randomUUID();
    const [first, second] = [storageKey(caseId, randomUUID()), storageKey(caseId, randomUUID())];
    await storage.put(first, stage(Buffer.from('%PDF-1.4 first')), 'application/pdf');
    await storage.put(second, stage(Buffer.from('%PDF-1.4 second')), 'application/pdf');
    const before = (await kept()).length;
    await storage.remove(first);
    expect((await kept()).length).toBe(before - 1);
    await expect(storage.open(first)).rejects.toThrow();
    expect((await digest(await storage.open(second))).size).toBe('%PDF-1.4 second'.length);
    // Forgetting what is not there is not an error: a failed upload's clean-up may run twice.
    await expect(storage.remove(first)).resolves.toBeUndefined();
  });

  it('refuses a key not made of two ids, so nothing can be read or written outside the store', async () => {
    for (const key of ['../../etc/passwd', `${randomUUID()}/../x`, '', `${randomUUID()}`]) {
      await expect(storage.open(key)).rejects.toThrow('Not a document storage key');
      await expect(storage.put(key, stage(Buffer.from('x')), 'image/png')).rejects.toThrow(
        'Not a document storage key',
      );
    }
  });
});
