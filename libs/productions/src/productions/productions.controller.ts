import { Controller, Get, Res } from '@nestjs/common';
import { Access, Grant, Granted } from '@parley/platform';
import type { FastifyReply } from 'fastify';
import { ProductionCapabilities } from '../production-capabilities';
import { VolumeDownloads } from './volume-downloads';

/** A served production's volume, for the parties (Authorization: Bearer, as for GraphQL). */
@Controller('productions')
export class ProductionsController {
  constructor(private readonly volumes: VolumeDownloads) {}

  @Get(':id/volume.zip')
  @Access.to(ProductionCapabilities.DOWNLOAD, 'id')
  async volume(
    @Granted() grant: Grant<'producing' | 'receiving'>,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { volume, size, sha256, stream } = await this.volumes.open(grant);
    await reply
      .header('content-type', 'application/zip')
      .header('content-length', size)
      .header('content-disposition', `attachment; filename="${volume}.zip"`)
      .header('etag', `"${sha256}"`)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .header('connection', 'close')
      .send(stream);
  }
}
