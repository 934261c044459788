import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { DocumentStorageSettings } from '@parley/platform';
import { checkKey, DocumentStorage } from './document-storage';

type S3Settings = Extract<DocumentStorageSettings, { kind: 's3' }>;

/** Documents as objects in an S3-compatible bucket, uploaded in parts from the staged file. */
export class S3Storage extends DocumentStorage {
  private readonly client: S3Client;

  constructor(private readonly settings: S3Settings) {
    super();
    this.client = new S3Client({
      region: settings.region,
      endpoint: settings.endpoint ?? undefined,
      forcePathStyle: settings.forcePathStyle,
      credentials: settings.credentials ?? undefined,
      // S3-compatible servers (MinIO before 2025, Ceph, R2 …) refuse the SDK's default CRC32 trailers.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async put(key: string, stagedPath: string, contentType: string): Promise<void> {
    const upload = new Upload({
      client: this.client,
      params: {
        Bucket: this.settings.bucket,
        Key: checkKey(key),
        Body: createReadStream(stagedPath),
        ContentType: contentType,
      },
      // Two 8 MB parts in flight at most: memory stays small whatever the file's size.
      queueSize: 2,
      partSize: 8 * 1024 * 1024,
    });
    await upload.done();
    await rm(stagedPath, { force: true });
  }

  async open(key: string): Promise<Readable> {
    const answer = await this.client.send(
      new GetObjectCommand({ Bucket: this.settings.bucket, Key: checkKey(key) }),
    );
    return answer.Body as Readable;
  }

  async remove(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: checkKey(key) }));
  }

  /** The SDK keeps sockets open; Nest calls this on shutdown. */
  onApplicationShutdown(): void {
    this.client.destroy();
  }
}
