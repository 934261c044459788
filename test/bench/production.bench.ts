/**
 * Producing a volume (FRCP 34(b)(2)(E)): pages Bates-stamped and packed per second, and whether memory
 * stays flat as the page count grows (writeVolume streams the zip to disk one page at a time).
 *
 *   node -r @swc-node/register test/bench/production.bench.ts
 *   BENCH_PRODUCTION_PAGES=500,5000 node -r @swc-node/register test/bench/production.bench.ts
 *
 * The work is a fixed size, so the seconds scripts/bench.mjs passes every bench are not used here.
 *
 * Each size runs in a child process of its own, so each peak is its own: documents of ten Letter pages
 * with thirty lines of text and a 48 KB image each (a page weighs about what a scanned one does, so
 * pages held by mistake would show), and a few natives (1 MB CSV files, streamed, one per 250 pages, at
 * least two) produced native with a slip sheet, written by writeVolume to a temporary directory. Memory
 * is sampled every 10 ms during the run (RSS and heap used) and read from the kernel's peak
 * (process.resourceUsage().maxRSS). Memory is flat when the largest size's peak RSS is within 1.3× of
 * the smallest's.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import {
  concatTransformationMatrix,
  drawObject,
  PDFDocument,
  popGraphicsState,
  pushGraphicsState,
  StandardFonts,
} from '@cantoo/pdf-lib';
// The pure volume library alone: the lib's index also brings Nest and TypeORM, whose weight in the
// process would blur the memory this bench measures.
import { VolumeDocument, writeVolume } from '@parley/productions/volume';

const PAGES_PER_DOCUMENT = 10;
/** An image of random pixels on each page (48 KB, incompressible): the weight of a scanned page. */
const IMAGE = { width: 200, height: 80 };
const NATIVE_BYTES = 1024 * 1024;
/** A 2,000-page volume in under 20 seconds: served while the person serving it waits. */
const MIN_PAGES_PER_SECOND = 100;
const FLAT = 1.3;

interface Run {
  pdfPages: number;
  natives: number;
  pages: number;
  seconds: number;
  pagesPerSecond: number;
  peakRssMb: number;
  peakHeapMb: number;
  maxRssMb: number;
  zipMb: number;
}

const mb = (bytes: number) => bytes / (1024 * 1024);

/** One document's ten pages of text, made once and produced as every PDF of the volume. */
async function tenPages(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.TimesRoman);
  for (let p = 1; p <= PAGES_PER_DOCUMENT; p++) {
    const page = pdf.addPage([612, 792]);
    const pixels = pdf.context.register(
      pdf.context.stream(randomBytes(IMAGE.width * IMAGE.height * 3), {
        Type: 'XObject',
        Subtype: 'Image',
        Width: IMAGE.width,
        Height: IMAGE.height,
        ColorSpace: 'DeviceRGB',
        BitsPerComponent: 8,
      }),
    );
    const image = page.node.newXObject('Scan', pixels);
    page.pushOperators(
      pushGraphicsState(),
      concatTransformationMatrix(IMAGE.width, 0, 0, IMAGE.height, 72, 80),
      drawObject(image),
      popGraphicsState(),
    );
    for (let line = 0; line < 30; line++) {
      page.drawText(
        `Page ${p}, line ${line + 1}: the parties met and conferred about the production schedule.`,
        {
          x: 72,
          y: 720 - line * 20,
          size: 11,
          font,
        },
      );
    }
  }
  return Buffer.from(await pdf.save());
}

/** A native CSV streamed in 64 KB chunks, never whole in memory. */
function csv(bytes: number): Readable {
  const row = Buffer.from('2024-03-01,ACME-0001,Widget,12,34.50,shipped\r\n');
  const chunk = Buffer.concat(Array.from({ length: Math.ceil(65536 / row.length) }, () => row));
  let left = bytes;
  return Readable.from(
    (function* () {
      while (left > 0) {
        const piece = chunk.subarray(0, Math.min(left, chunk.length));
        left -= piece.length;
        yield piece;
      }
    })(),
  );
}

async function child(pdfPages: number): Promise<Run> {
  const template = await tenPages();
  const natives = Math.max(2, Math.floor(pdfPages / 250));
  const pdfs = Math.ceil(pdfPages / PAGES_PER_DOCUMENT);
  const documents: VolumeDocument[] = [];
  const every = Math.floor(pdfs / natives);
  let nativesAdded = 0;
  for (let i = 0; i < pdfs; i++) {
    documents.push({
      id: `pdf-${i}`,
      filename: `Document ${i + 1}.pdf`,
      contentType: 'application/pdf',
      designation: i % 3 === 0 ? 'CONFIDENTIAL' : null,
      custodian: 'Jane Roe',
      requests: ['RFP No. 1', 'RFP No. 4'],
      open: async () => Readable.from([template]),
    });
    if ((i + 1) % every === 0 && nativesAdded < natives) {
      nativesAdded++;
      documents.push({
        id: `native-${i}`,
        filename: `Shipments ${i + 1}.csv`,
        contentType: 'text/csv',
        designation: null,
        custodian: 'Sam Poe',
        requests: ['RFP No. 2'],
        open: async () => csv(NATIVE_BYTES),
      });
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'parley-production-bench-'));
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const { rss, heapUsed } = process.memoryUsage();
    peakRss = Math.max(peakRss, rss);
    peakHeap = Math.max(peakHeap, heapUsed);
  };
  const sampler = setInterval(sample, 10);
  try {
    const start = performance.now();
    const result = await writeVolume({
      volume: 'DEF001',
      prefix: 'DEF',
      startAt: 1,
      documents,
      outPath: join(dir, 'DEF001.zip'),
    });
    const seconds = (performance.now() - start) / 1000;
    sample();
    return {
      pdfPages: pdfs * PAGES_PER_DOCUMENT,
      natives: documents.length - pdfs,
      pages: result.pages,
      seconds,
      pagesPerSecond: result.pages / seconds,
      peakRssMb: mb(peakRss),
      peakHeapMb: mb(peakHeap),
      // Kilobytes on Linux.
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      zipMb: mb(result.size),
    };
  } finally {
    clearInterval(sampler);
    rmSync(dir, { recursive: true, force: true });
  }
}

function runChild(pages: number): Run {
  const run = spawnSync(
    process.execPath,
    ['-r', '@swc-node/register', __filename, '--child', String(pages)],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  if (run.status !== 0) throw new Error(`The ${pages}-page run failed (exit ${run.status})`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '') as Run;
}

async function main(): Promise<void> {
  const { reportTarget } = await import('./support');
  const sizes = (process.env.BENCH_PRODUCTION_PAGES ?? '500,1000,2000')
    .split(',')
    .map(Number)
    .filter(Boolean);
  const runs = sizes.map(runChild);
  const f = (n: number, digits = 0) =>
    n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  console.log(
    `\nProducing a volume: stamp, pack and stream to disk, one process per size, Node ${process.version}`,
  );
  console.log('  pages (PDF + slip sheets)   seconds   pages/s   peak RSS   peak heap   maxRSS   zip');
  for (const r of runs) {
    console.log(
      `  ${`${f(r.pages)} (${f(r.pdfPages)} + ${r.natives})`.padEnd(26)} ${f(r.seconds, 2).padStart(8)} ${f(r.pagesPerSecond).padStart(9)} ` +
        `${`${f(r.peakRssMb)} MB`.padStart(10)} ${`${f(r.peakHeapMb)} MB`.padStart(11)} ${`${f(r.maxRssMb)} MB`.padStart(8)} ${f(r.zipMb, 1)} MB`,
    );
  }
  const smallest = runs[0];
  const largest = runs[runs.length - 1];
  const ratio = largest.maxRssMb / smallest.maxRssMb;
  console.log(
    `  memory ${ratio <= FLAT ? 'stayed flat' : 'did NOT stay flat'}: peak RSS at ${f(largest.pages)} pages is ` +
      `${ratio.toFixed(2)}× that at ${f(smallest.pages)} (limit ${FLAT}×)`,
  );
  reportTarget({
    target: `production: ${f(largest.pdfPages)} pages stamped and packed`,
    measured: `${f(largest.pagesPerSecond)} pages/s (${f(largest.pages)} pages in ${f(largest.seconds, 1)} s)`,
    met: largest.pagesPerSecond >= MIN_PAGES_PER_SECOND,
  });
  reportTarget({
    target: 'production: memory flat as pages grow',
    measured: `peak RSS ${ratio.toFixed(2)}× (${f(smallest.maxRssMb)} MB at ${f(smallest.pages)} → ${f(largest.maxRssMb)} MB at ${f(largest.pages)} pages)`,
    met: ratio <= FLAT,
  });
}

if (process.argv[2] === '--child') {
  child(Number(process.argv[3])).then(
    (run) => {
      console.log(JSON.stringify(run));
      process.exit(0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
} else {
  // ./support (autocannon, the GraphQL client) is loaded by the parent only, not weighed in the children.
  void import('./support').then(({ runBench }) => runBench(main));
}
