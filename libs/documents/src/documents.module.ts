import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@parley/audit';
import { DocumentEntity } from './document.entity';
import { DocumentsController } from './documents.controller';
import { DocumentsResolver } from './documents.resolver';
import { DocumentsService } from './documents.service';
import { ProducibleDocuments } from './production/producible-documents';
import { OnPaperLoader } from './scans/on-paper.loader';
import { ScanAttachments } from './scans/scan-attachments';
import { DocumentStorage } from './storage/document-storage';
import { DocumentStorageProvider } from './storage/storage.provider';

/** Files kept for a case: uploads, downloads, and the storage behind them (local disk or S3). */
@Module({
  imports: [TypeOrmModule.forFeature([DocumentEntity]), AuditModule],
  controllers: [DocumentsController],
  providers: [
    DocumentStorageProvider,
    DocumentsService,
    DocumentsResolver,
    ScanAttachments,
    OnPaperLoader,
    ProducibleDocuments,
  ],
  exports: [DocumentsService, ScanAttachments, OnPaperLoader, ProducibleDocuments, DocumentStorage],
})
export class DocumentsModule {}
