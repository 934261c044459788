import { describe, expect, it } from 'vitest';
import {
  answer,
  designate,
  EMPTY_BUILDER,
  filesAnswering,
  filesOnOffer,
  move,
  offer,
  producedBefore,
  productionDocuments,
  setCustodian,
  unanswer,
} from './builder';

const ITEMS = [
  { id: 'i1', number: 1 },
  { id: 'i2', number: 2 },
  { id: 'i3', number: 3 },
];
const REVIEW = { id: 'review', filename: 'Use-of-force review.pdf', pages: 2, producedAs: null };
const LOG = { id: 'log', filename: 'Yard log.pdf', pages: 2, producedAs: null };
const PHOTO = {
  id: 'photo',
  filename: 'Yard photo.png',
  pages: null,
  producedAs: 'DEF0000004 (volume DEF001)',
};

describe('the production builder', () => {
  it('offers each file once, however often it is uploaded or was produced', () => {
    const builder = offer(offer(EMPTY_BUILDER, [REVIEW, LOG]), [LOG, PHOTO, PHOTO]);
    expect(builder.files.map((f) => f.id)).toEqual(['review', 'log', 'photo']);
  });

  it('sends only the files that answer a request, in numbering order, their requests in the set’s order', () => {
    let builder = offer(EMPTY_BUILDER, [REVIEW, LOG, PHOTO]);
    builder = answer(builder, 'photo', 'i3');
    builder = answer(builder, 'photo', 'i1');
    builder = answer(builder, 'review', 'i2');
    builder = answer(builder, 'review', 'i2'); // dropped twice on the same request
    builder = designate(builder, 'review', 'CONFIDENTIAL');
    builder = setCustodian(builder, 'photo', '  Warden K. Ochoa ');
    builder = setCustodian(builder, 'review', '   ');
    builder = move(builder, 'photo', -1);
    expect(productionDocuments(builder, ITEMS)).toEqual([
      { documentId: 'review', requestItemIds: ['i2'], confidentiality: 'CONFIDENTIAL' },
      {
        documentId: 'photo',
        requestItemIds: ['i1', 'i3'],
        confidentiality: 'NONE',
        custodian: 'Warden K. Ochoa',
      },
    ]);
  });

  it('takes a file off a request, and ignores a drop of something it does not offer', () => {
    let builder = offer(EMPTY_BUILDER, [REVIEW, LOG]);
    builder = answer(builder, 'review', 'i2');
    builder = answer(builder, 'log', 'i2');
    builder = answer(builder, 'a stranger', 'i2');
    expect(filesAnswering(builder, 'i2').map((f) => f.id)).toEqual(['review', 'log']);
    builder = unanswer(builder, 'review', 'i2');
    expect(filesAnswering(builder, 'i2').map((f) => f.id)).toEqual(['log']);
    expect(productionDocuments(builder, ITEMS).map((d) => d.documentId)).toEqual(['log']);
  });

  it('moves a file up or down the numbering, and no further than either end', () => {
    const builder = offer(EMPTY_BUILDER, [REVIEW, LOG, PHOTO]);
    expect(move(builder, 'review', -1)).toBe(builder);
    expect(move(builder, 'photo', 1)).toBe(builder);
    expect(move(builder, 'log', 1).files.map((f) => f.id)).toEqual(['review', 'photo', 'log']);
  });

  it('offers the files a party served before, each with the numbers it keeps, never a draft’s or another party’s', () => {
    const document = (documentId: string, firstBates: string, lastBates: string) => ({
      documentId,
      filename: `${documentId}.pdf`,
      pages: 3,
      native: false,
      firstBates,
      lastBates,
    });
    const files = producedBefore(
      [
        // Newest first, as the API lists them.
        {
          status: 'DRAFT',
          volume: null,
          producingParty: { id: 'brannon' },
          documents: [document('draft-only', 'DEF0000009', 'DEF0000011')],
        },
        {
          status: 'SERVED',
          volume: 'DEF002',
          producingParty: { id: 'brannon' },
          documents: [
            document('report', 'DEF0000001', 'DEF0000003'),
            document('review', 'DEF0000005', 'DEF0000006'),
          ],
        },
        {
          status: 'SERVED',
          volume: 'PLT001',
          producingParty: { id: 'luckert' },
          documents: [document('his', 'PLT0000001', 'PLT0000003')],
        },
        {
          status: 'SERVED',
          volume: 'DEF001',
          producingParty: { id: 'brannon' },
          documents: [
            document('report', 'DEF0000001', 'DEF0000003'),
            { ...document('photo', 'DEF0000004', 'DEF0000004'), native: true, pages: 1 },
          ],
        },
      ],
      'brannon',
    );
    expect(files).toEqual([
      { id: 'report', filename: 'report.pdf', pages: 3, producedAs: 'DEF0000001–DEF0000003 (volume DEF001)' },
      { id: 'photo', filename: 'photo.pdf', pages: null, producedAs: 'DEF0000004 (volume DEF001)' },
      { id: 'review', filename: 'review.pdf', pages: 3, producedAs: 'DEF0000005–DEF0000006 (volume DEF002)' },
    ]);
  });
});

describe('the files on offer', () => {
  it('puts those produced before first, then the rest in the order they were added, each once', () => {
    const produced = [
      { id: 'report', filename: 'report.pdf', pages: 3, producedAs: 'DEF0000001–DEF0000003' },
    ];
    // As the API lists a party's files: newest first.
    const documents = [
      { id: 'memo', filename: 'memo.pdf', pages: 1 },
      { id: 'log', filename: 'log.pdf', pages: 2 },
      { id: 'report', filename: 'report.pdf', pages: 3 },
    ];
    expect(filesOnOffer(documents, produced).map((f) => [f.id, f.producedAs])).toEqual([
      ['report', 'DEF0000001–DEF0000003'],
      ['log', null],
      ['memo', null],
    ]);
  });
});
