import { PDFDict, PDFDocument, PDFName, PDFPageLeaf } from '@cantoo/pdf-lib';
import { flat, pdfPages } from '@parley/papers/testing';
import { loadPdf, inspectPdf, UnreadablePdfError } from './pdf-source';
import { NATIVE_NOTICE, slipSheet } from './slip-sheet';
import { STAMP_STRIP } from './stamp';
import { stampedPages, stampPdf } from './stamped-pages';
import { makePdf, PageSpec, quietStandardFontWarnings, ViewedPage, viewPdf } from './testing/pdfs';

quietStandardFontWarnings();

const LINES = [
  'The first line of the page, which the stamp must leave alone.',
  'A second line, just as plain.',
];
const MARGIN = 18;
const BASELINE = 10;

async function images(pdf: Uint8Array, firstBates = 1, designation: string | null = 'CONFIDENTIAL') {
  const out: Uint8Array[] = [];
  const source = await loadPdf(pdf, 'exhibit.pdf');
  for await (const image of stampedPages(source, 'exhibit.pdf', { prefix: 'DEF', firstBates, designation }))
    out.push(image);
  return out;
}

/** The item with this text; of several, the lowest on the screen (a stamp is drawn last, at the foot). */
function item(page: ViewedPage, str: string) {
  const found = page.items.filter((i) => i.str === str).sort((a, b) => b.y - a.y)[0];
  if (!found) throw new Error(`No “${str}” among ${page.items.map((i) => i.str).join(' | ')}`);
  return found;
}

/**
 * The stamp reads upright at the viewer's bottom right (number) and bottom left (designation), inside
 * the visible page; returns the page's other text.
 */
function expectStampAtViewersBottom(page: ViewedPage, bates: string, designation: string | null) {
  const number = item(page, bates);
  expect(number.upright).toBe(true);
  expect(number.xEnd).toBeCloseTo(page.width - MARGIN, 0);
  expect(number.y).toBeCloseTo(page.height - BASELINE, 0);
  expect(number.x).toBeGreaterThan(page.width / 2);
  if (designation) {
    const label = item(page, designation);
    expect(label.upright).toBe(true);
    expect(label.x).toBeCloseTo(MARGIN, 0);
    expect(label.y).toBeCloseTo(page.height - BASELINE, 0);
    expect(label.xEnd).toBeLessThan(number.x);
  }
  return page.items.filter((i) => i !== number && (!designation || i !== item(page, designation)));
}

describe('stamping a page', () => {
  const kinds: [string, PageSpec, [number, number]][] = [
    ['portrait Letter', { size: [612, 792] }, [612, 792]],
    ['landscape Letter', { size: [792, 612] }, [792, 612]],
    ['a portrait page with /Rotate 90', { size: [612, 792], rotate: 90 }, [792, 612]],
    ['a portrait page with /Rotate 180', { size: [612, 792], rotate: 180 }, [612, 792]],
    ['a portrait page with /Rotate 270', { size: [612, 792], rotate: 270 }, [792, 612]],
    ['a landscape page with /Rotate 90', { size: [792, 612], rotate: 90 }, [612, 792]],
    ['a CropBox not at 0,0', { size: [612, 792], cropBox: [100, 150, 400, 500] }, [400, 500]],
    [
      'a CropBox not at 0,0 with /Rotate 90',
      { size: [612, 792], cropBox: [100, 150, 400, 500], rotate: 90 },
      [500, 400],
    ],
    [
      'a CropBox not at 0,0 with /Rotate 270',
      { size: [612, 792], cropBox: [50, 60, 300, 420], rotate: 270 },
      [420, 300],
    ],
  ];

  it.each(kinds)(
    '%s: the number reads upright at the viewer’s bottom right, in a strip below the page’s own content',
    async (_kind, spec, [width, height]) => {
      const original = await makePdf([{ ...spec, lines: LINES, corners: true }]);
      const [image] = await images(original, 7);
      const [before] = await viewPdf(original);
      const [after] = await viewPdf(image);

      expect(before).toMatchObject({ width, height });
      // The visible page grew by the strip at its foot as viewed, and nothing else.
      expect(after.width).toBeCloseTo(width, 5);
      expect(after.height).toBeCloseTo(height + STAMP_STRIP, 5);
      const own = expectStampAtViewersBottom(after, 'DEF0000007', 'CONFIDENTIAL');

      // Every piece of the page's text is still there, where it was, above the strip: nothing covered.
      expect(own.map((i) => i.str).sort()).toEqual(before.items.map((i) => i.str).sort());
      for (const text of before.items) {
        const moved = item(after, text.str);
        expect(moved.x).toBeCloseTo(text.x, 5);
        expect(moved.y).toBeCloseTo(text.y, 5);
        expect(moved.y).toBeLessThanOrEqual(after.height - STAMP_STRIP);
      }
      // And a reader's copy of the page's text is the same, followed by the stamp.
      const [[words], [originalWords]] = await Promise.all([pdfPages(image), pdfPages(original)]);
      expect(flat(originalWords)).toContain('CORNER-BR');
      expect(flat(words)).toContain(flat(originalWords).trim());
      for (const line of ['DEF0000007', 'CONFIDENTIAL']) expect(flat(words)).toContain(line);
    },
  );

  it('keeps the stamp within the new CropBox, which keeps the old one whole', async () => {
    const [image] = await images(await makePdf([{ size: [612, 792], cropBox: [100, 150, 400, 500] }]));
    const page = (await PDFDocument.load(image)).getPage(0);
    expect(page.getCropBox()).toEqual({
      x: 100,
      y: 150 - STAMP_STRIP,
      width: 400,
      height: 500 + STAMP_STRIP,
    });
    expect(page.getMediaBox()).toEqual({ x: 0, y: 0, width: 612, height: 792 });
    for (const box of ['BleedBox', 'TrimBox', 'ArtBox'])
      expect(page.node.get(PDFName.of(box))).toBeUndefined();
  });

  it('stamps a page narrower than the stamp with a smaller one, its parts apart', async () => {
    const [image] = await images(await makePdf([{ size: [110, 200] }]), 1, 'HIGHLY CONFIDENTIAL - AEO');
    const [page] = await viewPdf(image);
    const number = item(page, 'DEF0000001');
    const label = item(page, 'HIGHLY CONFIDENTIAL - AEO');
    expect(number.xEnd).toBeLessThanOrEqual(page.width);
    expect(label.x).toBeGreaterThanOrEqual(0);
    expect(label.xEnd).toBeLessThan(number.x);
  });

  it('shows a designation’s characters the stamp font lacks as “?” rather than failing', async () => {
    const [image] = await images(await makePdf([{ size: [612, 792] }]), 1, 'CONFIDENTIAL – 機密');
    expect(flat((await pdfPages(image))[0])).toContain('CONFIDENTIAL – ??');
  });

  it('stamps no designation when there is none', async () => {
    const [image] = await images(await makePdf([{ size: [612, 792], lines: ['Only this.'] }]), 3, null);
    const [page] = await viewPdf(image);
    expect(page.items.map((i) => i.str).sort()).toEqual(['DEF0000003', 'Only this.']);
  });

  it('gives each page of a document its own one-page file and the next number', async () => {
    const pdf = await makePdf([1, 2, 3].map((n) => ({ size: [612, 792], lines: [`Page ${n} of three`] })));
    const out = await images(pdf, 41);
    expect(out).toHaveLength(3);
    for (const [i, image] of out.entries()) {
      const pages = await pdfPages(image);
      expect(pages).toHaveLength(1);
      expect(flat(pages[0])).toContain(`Page ${i + 1} of three`);
      expect(flat(pages[0])).toContain(`DEF00000${41 + i}`);
    }
  });

  it('leaves other pages out of a page’s file when a link or annotation points at them', async () => {
    const pdf = await PDFDocument.load(
      await makePdf([{ size: [612, 792] }, { size: [612, 792], lines: ['Only on page two'] }]),
    );
    const [one, two] = pdf.getPages();
    const { context } = pdf;
    const link = context.register(
      context.obj({
        Type: 'Annot',
        Subtype: 'Link',
        Rect: [0, 0, 50, 50],
        Dest: [two.ref, 'Fit'],
        P: one.ref,
      }),
    );
    const note = context.register(
      context.obj({ Type: 'Annot', Subtype: 'Text', Rect: [60, 60, 80, 80], P: one.ref }),
    );
    one.node.set(PDFName.of('Annots'), context.obj([link, note]));
    const [image] = await images(await pdf.save());
    const copied = await PDFDocument.load(image);
    const pageObjects = copied.context
      .enumerateIndirectObjects()
      .filter(
        ([, object]) =>
          object instanceof PDFPageLeaf ||
          (object instanceof PDFDict && object.get(PDFName.of('Type')) === PDFName.of('Page')),
      );
    expect(pageObjects).toHaveLength(1);
    // The comment stays; the link, which could lead nowhere in a one-page file, goes.
    const annots = copied.getPage(0).node.Annots();
    expect(annots?.size()).toBe(1);
    expect(flat((await pdfPages(image))[0])).not.toContain('Only on page two');
  });

  it('stamps a whole PDF as one file with stampPdf', async () => {
    const pdf = await makePdf([{ size: [612, 792] }, { size: [792, 612], rotate: 90 }]);
    const stamped = await stampPdf(pdf, 'exhibit.pdf', { prefix: 'ACME', firstBates: 9, designation: null });
    const pages = await viewPdf(stamped);
    expect(pages).toHaveLength(2);
    expectStampAtViewersBottom(pages[0], 'ACME0000009', null);
    expectStampAtViewersBottom(pages[1], 'ACME0000010', null);
  });
});

describe('refusing a PDF that cannot be stamped', () => {
  it('counts the pages of one that can', async () => {
    expect(await inspectPdf(await makePdf([{ size: [612, 792] }, { size: [612, 792] }]), 'ok.pdf')).toEqual({
      pages: 2,
    });
  });

  it.each([
    ['a user password', { userPassword: 'secret', ownerPassword: 'owner' }],
    ['an owner password only (it opens without one)', { userPassword: '', ownerPassword: 'owner' }],
  ])('refuses a file encrypted with %s, saying how to fix it', async (_kind, passwords) => {
    const pdf = await PDFDocument.load(await makePdf([{ size: [612, 792], lines: ['Secret'] }]));
    pdf.encrypt(passwords);
    const encrypted = await pdf.save();
    const refusal = await inspectPdf(encrypted, 'Scan 2024-03-01.pdf').catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(UnreadablePdfError);
    expect(refusal).toMatchObject({
      reason: 'ENCRYPTED',
      filename: 'Scan 2024-03-01.pdf',
      message:
        'Scan 2024-03-01.pdf is password-protected or encrypted: save an unprotected copy (print to PDF) and add it again.',
    });
    await expect(
      stampPdf(encrypted, 'Scan.pdf', { prefix: 'DEF', firstBates: 1, designation: null }),
    ).rejects.toThrow(UnreadablePdfError);
  });

  it.each([
    ['cut short', async () => (await makePdf([{ size: [612, 792], lines: LINES }])).slice(0, 400)],
    ['not a PDF at all', async () => Buffer.from('Dear Sir,\nThis is a letter.\n%%EOF\n')],
    ['empty', async () => new Uint8Array()],
  ])('refuses a file %s as damaged, saying what to do', async (_kind, bytes) => {
    const refusal = await inspectPdf(await bytes(), 'letter.pdf').catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(UnreadablePdfError);
    expect(refusal).toMatchObject({
      reason: 'DAMAGED',
      message:
        'letter.pdf could not be read as a PDF: it may be damaged or incomplete. Open it and save it again as a PDF (or print it to PDF), then add it again.',
    });
  });
});

describe('the slip sheet of a native file', () => {
  it('is one Letter page saying so, with the file’s name, number and designation, stamped like an image', async () => {
    const sheet = await slipSheet({
      bates: 'DEF0000012',
      designation: 'CONFIDENTIAL',
      filename: 'Q3 forecast (final).xlsx',
      nativePath: 'NATIVES\\0001\\DEF0000012.xlsx',
    });
    const [page] = await viewPdf(sheet);
    expect(page).toMatchObject({ width: 612, height: 792 });
    const own = expectStampAtViewersBottom(page, 'DEF0000012', 'CONFIDENTIAL');
    const text = flat((await pdfPages(sheet))[0]);
    for (const words of [NATIVE_NOTICE, 'Q3 forecast (final).xlsx', 'NATIVES\\0001\\DEF0000012.xlsx'])
      expect(text).toContain(words);
    // The sheet's own text stays above the strip.
    for (const i of own) expect(i.y).toBeLessThanOrEqual(page.height - STAMP_STRIP);
  });

  it('wraps a long file name rather than running off the page', async () => {
    const filename = `${'a-very-long-file-name-without-spaces-'.repeat(4)}.msg`;
    const sheet = await slipSheet({
      bates: 'DEF0000001',
      designation: null,
      filename,
      nativePath: 'NATIVES\\0001\\DEF0000001.msg',
    });
    const [page] = await viewPdf(sheet);
    for (const i of page.items) expect(i.xEnd).toBeLessThanOrEqual(page.width);
    expect(flat((await pdfPages(sheet))[0]).replace(/ /g, '')).toContain(filename);
  });
});
