import { Provider } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@parley/platform';
import { DocumentStorage } from './document-storage';
import { LocalDiskStorage } from './local-disk.storage';
import { S3Storage } from './s3.storage';

export function createDocumentStorage(config: AppConfig): DocumentStorage {
  const settings = config.documents.storage;
  return settings.kind === 's3' ? new S3Storage(settings) : new LocalDiskStorage(settings.folder);
}

export const DocumentStorageProvider: Provider = {
  provide: DocumentStorage,
  inject: [APP_CONFIG],
  useFactory: createDocumentStorage,
};
