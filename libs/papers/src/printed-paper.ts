import type { FastifyReply } from 'fastify';

/** A paper ready to hand out: its file name and its PDF bytes. */
export interface PrintedPaper {
  filename: string;
  pdf: Buffer;
}

/** '<case number> <title>.pdf', safe in a Content-Disposition header and on any file system. */
export function paperFileName(caseNumber: string, title: string): string {
  return `${`${caseNumber} ${title}`.replace(/[^\w.-]+/g, '-').slice(0, 120)}.pdf`;
}

/** Sends a printed paper as a download that no shared cache keeps (papers are private to the case). */
export function sendPaper(reply: FastifyReply, { filename, pdf }: PrintedPaper) {
  return reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `attachment; filename="${filename}"`)
    .header('cache-control', 'private, no-store')
    .send(pdf);
}
