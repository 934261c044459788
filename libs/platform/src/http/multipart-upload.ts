import fastifyMultipart, { MultipartFile, Multipart } from '@fastify/multipart';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { BadInputError } from '../errors/app-error';
import { replyToFrameworkError } from '../errors/framework-errors';

/** Route config (Nest's @RouteConfig) of a route that takes one file upload. */
export const UPLOAD_ROUTE = { upload: true } as const;

interface UploadState {
  fields: Record<string, string>;
  file: MultipartFile | null;
  rest: AsyncIterator<Multipart> | null;
}

const uploads = new WeakMap<FastifyRequest, UploadState>();

/** The text fields sent before the file: what the access guard decides on (`caseId`). */
export function leadingFieldsOf(request: FastifyRequest): Record<string, string> {
  return uploads.get(request)?.fields ?? {};
}

/** The upload's file part, not yet read: the route streams it where it belongs. */
export function uploadedFileOf(request: FastifyRequest): MultipartFile {
  const file = uploads.get(request)?.file;
  if (!file) {
    throw new BadInputError(
      'Send the file as multipart/form-data: the fields first (caseId), then the file in a part named "file".',
    );
  }
  return file;
}

/**
 * Reads what follows the file (the closing boundary, any stray part) once the route is done with it:
 * a body left half-read keeps its connection busy, and the server could not close it.
 */
export async function finishUpload(request: FastifyRequest): Promise<void> {
  const state = uploads.get(request);
  if (!state?.rest) return;
  try {
    if (state.file && !state.file.file.destroyed) state.file.file.resume();
    for (let next = await state.rest.next(); !next.done; next = await state.rest.next()) {
      if (next.value.type === 'file') next.value.file.resume();
    }
  } catch {
    // The body was already refused or cut off; there is nothing left to read.
  }
}

const MAX_FIELDS = 10;

/**
 * Uploads stream: the access guard must decide before a byte of the file is read, yet multipart
 * fields and file arrive in one body. So fields go first (as S3's POST policy asks too); this hook
 * reads them up to the file part and leaves the file waiting, unread, for the route.
 */
export async function mountUploads(app: NestFastifyApplication, maxBytes: number): Promise<void> {
  await app.register(fastifyMultipart, {
    limits: {
      // One byte over, so the route's own count refuses it in its own words.
      fileSize: maxBytes + 1,
      files: 1,
      fields: MAX_FIELDS,
      fieldSize: 1024,
      headerPairs: 100,
    },
  });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('preValidation', async (request, reply) => {
      if (!(request.routeOptions.config as { upload?: boolean }).upload) return;
      if (!request.isMultipart()) {
        return refuse(new BadInputError('Send the upload as multipart/form-data.'), 415, request, reply);
      }
      // An upload's connection is not kept for the next request: a client may still be sending a body
      // the answer cut short, and a kept socket found mid-body holds the server's shutdown until it times out.
      void reply.header('connection', 'close');
      const state: UploadState = { fields: {}, file: null, rest: null };
      uploads.set(request, state);
      const parts = request.parts();
      try {
        // Not for-await: leaving such a loop would end the iteration and drop the file part.
        for (;;) {
          const next = await parts.next();
          if (next.done) return;
          const part: Multipart = next.value;
          if (part.type === 'file') {
            if (part.fieldname !== 'file') throw new BadInputError('Send the file in a part named "file".');
            state.file = part;
            state.rest = parts;
            return;
          }
          state.fields[part.fieldname] = String(part.value);
        }
      } catch (error) {
        return refuse(asBadInput(error), 400, request, reply);
      }
    });
}

function asBadInput(error: unknown): BadInputError {
  if (error instanceof BadInputError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new BadInputError(`The upload could not be read (${message}).`);
}

function refuse(error: BadInputError, status: number, request: FastifyRequest, reply: FastifyReply): void {
  replyToFrameworkError(
    Object.assign(error, { statusCode: status }) as unknown as FastifyError,
    request,
    reply,
  );
}
