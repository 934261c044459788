import fc from 'fast-check';
import { DAT_FIELDS, datFile, DatRecord, datValue, optFile, optLine } from './load-files';
import { readDat, readOpt } from './testing/readers';

const record = (overrides: Partial<DatRecord> = {}): DatRecord => ({
  BEGBATES: 'DEF0000001',
  ENDBATES: 'DEF0000003',
  BEGATTACH: 'DEF0000001',
  ENDATTACH: 'DEF0000003',
  CUSTODIAN: 'Jane Roe',
  FILENAME: 'Board minutes.pdf',
  PAGECOUNT: '3',
  SHA256: 'ab'.repeat(32),
  NATIVEPATH: '',
  CONFIDENTIALITY: 'CONFIDENTIAL',
  REQUESTS: 'RFP No. 1; RFP No. 3',
  ...overrides,
});

describe('the Concordance DAT', () => {
  it('is UTF-8 with a byte order mark, a header of the fields in order, þ around each value, 0x14 between, CRLF after', () => {
    const dat = datFile([record()]);
    expect(dat).toBe(
      '\ufeff' +
        DAT_FIELDS.map((f) => `þ${f}þ`).join('\u0014') +
        '\r\n' +
        [
          'DEF0000001',
          'DEF0000003',
          'DEF0000001',
          'DEF0000003',
          'Jane Roe',
          'Board minutes.pdf',
          '3',
          'ab'.repeat(32),
          '',
          'CONFIDENTIAL',
          'RFP No. 1; RFP No. 3',
        ]
          .map((v) => `þ${v}þ`)
          .join('\u0014') +
        '\r\n',
    );
    expect(DAT_FIELDS).toEqual([
      'BEGBATES',
      'ENDBATES',
      'BEGATTACH',
      'ENDATTACH',
      'CUSTODIAN',
      'FILENAME',
      'PAGECOUNT',
      'SHA256',
      'NATIVEPATH',
      'CONFIDENTIALITY',
      'REQUESTS',
    ]);
  });

  it.each([
    ['a line break, of any kind, as ®', 'Roe,\r\nJane\nFinance\rteam', 'Roe,®Jane®Finance®team'],
    ['þ as “th”', 'Þórr þ', 'Þórr th'],
    ['® as “(R)”', 'Acme® Widget', 'Acme(R) Widget'],
    ['U+0014 removed', 'a\u0014b', 'ab'],
    ['other text as it is', 'Zoë’s “final” – 機密, 100%', 'Zoë’s “final” – 機密, 100%'],
  ])('writes %s', (_what, value, written) => {
    expect(datValue(value)).toBe(written);
  });

  it('gives any value back to a reader, but for its delimiters (property)', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', 'Z', ' ', ',', '\n', '\r\n', 'þ', '®', '\u0014', '"', 'é', '機'),
    });
    fc.assert(
      fc.property(fc.array(text, { minLength: 11, maxLength: 11 }), (values) => {
        const rows = [record(Object.fromEntries(DAT_FIELDS.map((f, i) => [f, values[i]])))];
        const read = readDat(Buffer.from(datFile(rows), 'utf8'));
        expect(read.header).toEqual(DAT_FIELDS);
        const expected = (v: string) =>
          v
            .replaceAll('\u0014', '')
            .replace(/þ/g, 'th')
            .replace(/®/g, '(R)')
            .replace(/\r\n|\r/g, '\n');
        expect(read.rows).toEqual([Object.fromEntries(DAT_FIELDS.map((f, i) => [f, expected(values[i])]))]);
      }),
    );
  });

  it('is a header alone for no documents', () => {
    expect(readDat(Buffer.from(datFile([]), 'utf8'))).toEqual({ header: [...DAT_FIELDS], rows: [] });
  });
});

describe('the Opticon OPT', () => {
  it('writes one line per page, the break and page count on a document’s first page only, CRLF after each', () => {
    const opt = optFile([
      { imageKey: 'DEF0000001', volume: 'VOL001', path: 'IMAGES\\0001\\DEF0000001.pdf', documentPages: 2 },
      { imageKey: 'DEF0000002', volume: 'VOL001', path: 'IMAGES\\0001\\DEF0000002.pdf', documentPages: null },
      { imageKey: 'DEF0000003', volume: 'VOL001', path: 'IMAGES\\0001\\DEF0000003.pdf', documentPages: 1 },
    ]);
    expect(opt).toBe(
      'DEF0000001,VOL001,IMAGES\\0001\\DEF0000001.pdf,Y,,,2\r\n' +
        'DEF0000002,VOL001,IMAGES\\0001\\DEF0000002.pdf,,,,\r\n' +
        'DEF0000003,VOL001,IMAGES\\0001\\DEF0000003.pdf,Y,,,1\r\n',
    );
    expect(readOpt(Buffer.from(opt))).toEqual([
      {
        imageKey: 'DEF0000001',
        volume: 'VOL001',
        path: 'IMAGES\\0001\\DEF0000001.pdf',
        docBreak: 'Y',
        pageCount: '2',
      },
      {
        imageKey: 'DEF0000002',
        volume: 'VOL001',
        path: 'IMAGES\\0001\\DEF0000002.pdf',
        docBreak: '',
        pageCount: '',
      },
      {
        imageKey: 'DEF0000003',
        volume: 'VOL001',
        path: 'IMAGES\\0001\\DEF0000003.pdf',
        docBreak: 'Y',
        pageCount: '1',
      },
    ]);
  });

  it('refuses a value that would shift the fields: the OPT has no quoting', () => {
    expect(() => optLine({ imageKey: 'DEF0000001', volume: 'VOL,1', path: 'x', documentPages: 1 })).toThrow(
      /cannot hold a comma/,
    );
  });
});
