import { Controller, Get, Post, Req, Res } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import {
  Access,
  finishUpload,
  Grant,
  Granted,
  leadingFieldsOf,
  UPLOAD_ROUTE,
  uploadedFileOf,
} from '@parley/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DocumentCapabilities } from './document-capabilities';
import { DocumentModel } from './document.model';
import { DocumentsService } from './documents.service';
import { contentDisposition } from './upload/filename';

/**
 * Files over HTTP (Authorization: Bearer, as for GraphQL): an upload streamed in, a download streamed
 * out, each decided by the one door first.
 */
@Controller('documents')
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  /** multipart/form-data: caseId (and partyId when you represent several), then the file. */
  @Post()
  @RouteConfig(UPLOAD_ROUTE)
  @Access.to(DocumentCapabilities.UPLOAD, 'caseId')
  async upload(@Granted() grant: Grant, @Req() request: FastifyRequest): Promise<DocumentModel> {
    const file = uploadedFileOf(request);
    try {
      return await this.documents.upload(grant, leadingFieldsOf(request).partyId, {
        stream: file.file,
        filename: file.filename,
      });
    } finally {
      await finishUpload(request);
    }
  }

  @Get(':id')
  @Access.to(DocumentCapabilities.READ, 'id')
  async download(@Granted() grant: Grant, @Res() reply: FastifyReply): Promise<void> {
    const { document, stream } = await this.documents.open(grant);
    await reply
      .header('content-type', document.contentType)
      .header('content-length', String(document.size))
      .header('content-disposition', contentDisposition(document.filename, 'attachment'))
      .header('etag', `"${document.sha256}"`)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      // As for uploads: a file's connection is not kept, so a large transfer never holds a socket the
      // server's shutdown would wait on until the keep-alive timeout.
      .header('connection', 'close')
      .send(stream);
  }
}
