import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AddressInfo } from 'node:net';
import S3rver from 's3rver';

export interface S3Fake {
  endpoint: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** The folder where the fake keeps objects: proof of where the bytes went. */
  directory: string;
  close(): Promise<void>;
}

/**
 * A local server speaking the S3 HTTP API (s3rver: signatures checked, multipart uploads, the same XML
 * answers), since no real S3-compatible server is reachable here.
 */
export async function startS3Fake(bucket = 'parley-documents'): Promise<S3Fake> {
  const directory = mkdtempSync(join(tmpdir(), 's3-fake-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const address = (await server.run()) as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    bucket,
    // s3rver's fixed credentials: requests are signed and checked as S3 would.
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    directory,
    async close() {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
