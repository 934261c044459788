import { createHash } from 'node:crypto';
import { PDFDocument } from '@cantoo/pdf-lib';
import { flat, pdfPages, pdfText } from '@parley/papers/testing';
import { quietStandardFontWarnings, readDat, readOpt, readZip } from '@parley/productions/testing';
import { GraphQLClient } from './support/graphql-client';
import { castOnPaper, uploadScan } from './support/on-paper';
import {
  ADD_ENTRY,
  CREATE_PRODUCTION,
  defenseFile,
  DISCARD_PRODUCTION,
  download,
  letterPdf,
  ONE_PIXEL_PNG,
  PRODUCTION,
  PRODUCTIONS,
  productionCast,
  ProductionCast,
  REQUEST_CLAWBACK,
  SERVE_LOG,
  SERVE_PRODUCTION,
} from './support/productions';
import { Parley, startParley } from './support/test-app';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const ITEM_PRODUCTION = `query($id: ID!) { discoverySet(id: $id) { items { number production { ranges { batesRange volume } pages withheld withheldEntries } } } }`;

/**
 * Issue 17: the defense answers the prisoner's requests for production with a Bates-stamped volume a
 * review platform imports; drafts stay private, numbers never repeat or skip, served volumes never change.
 */
describe('productions', () => {
  quietStandardFontWarnings();
  let parley: Parley;
  let cast: ProductionCast;
  let report: string;
  let photo: string;
  let grievance: string;

  beforeAll(async () => {
    parley = await startParley({ worker: false });
    parley.setTime('2026-06-15T17:00:00Z');
    cast = await productionCast(parley);
    parley.setTime('2026-07-10T17:00:00Z');
    report = await defenseFile(
      parley,
      cast,
      'Incident report 13-0602.pdf',
      await letterPdf(3, 'Incident report'),
    );
    photo = await defenseFile(parley, cast, 'Yard photo.png', ONE_PIXEL_PNG);
    grievance = await defenseFile(
      parley,
      cast,
      'Grievance log.pdf',
      await letterPdf(2, 'Grievance log', { size: [792, 612] }),
    );
  });
  afterAll(() => parley?.close());

  const items = () => cast.set.items.map((i) => i.id);

  function input(
    documents: Array<{ documentId: string; requestItemIds: string[]; confidentiality?: string }>,
    prefix = 'CDCR',
  ) {
    return {
      caseId: cast.caseId,
      producingPartyId: cast.defendantId,
      receivingPartyId: cast.plaintiffId,
      setId: cast.set.id,
      batesPrefix: prefix,
      documents,
    };
  }

  const serve = (client: GraphQLClient, productionId: string) =>
    client.request(SERVE_PRODUCTION, {
      input: { productionId, method: 'ELECTRONIC', signature: '/s/ Dana Wu' },
    });

  async function counts() {
    const [row] = await parley.db.query(
      `SELECT (SELECT count(*)::int FROM productions) AS productions,
              (SELECT count(*)::int FROM production_documents) AS documents,
              (SELECT count(*)::int FROM bates_counters) AS counters`,
    );
    return row as { productions: number; documents: number; counters: number };
  }

  it('numbers, stamps and packs a volume the parties download and a review platform imports', async () => {
    const { createProduction: draft } = await cast.paralegal.client.ok(CREATE_PRODUCTION, {
      input: input([
        { documentId: report, requestItemIds: [items()[0]], confidentiality: 'CONFIDENTIAL' },
        { documentId: photo, requestItemIds: [items()[1]] },
        { documentId: grievance, requestItemIds: [items()[2], items()[0]] },
      ]),
    });
    // A draft shows the numbers it would take, and is the defense's alone.
    expect(draft).toMatchObject({
      status: 'DRAFT',
      firstBates: 'CDCR0000001',
      lastBates: 'CDCR0000006',
      pages: 6,
    });
    expect(
      draft.documents.map((d: { firstBates: string; native: boolean }) => [d.firstBates, d.native]),
    ).toEqual([
      ['CDCR0000001', false],
      ['CDCR0000004', true],
      ['CDCR0000005', false],
    ]);
    expect(draft.loadFiles).toBeNull();
    for (const other of [cast.luckert.client, cast.clerk, cast.outsider.client]) {
      expect((await other.fails(PRODUCTION, { id: draft.id })).extensions.code).toBe('NOT_FOUND');
    }
    expect((await cast.luckert.client.ok(PRODUCTIONS, { caseId: cast.caseId })).productions).toEqual([]);
    expect(
      (await download(parley, cast.defense.accessToken, `/productions/${draft.id}/volume.zip`)).status,
    ).toBe(409);

    // FRCP 26(g): a paralegal drafts, counsel serves; the other side cannot serve it.
    expect((await serve(cast.paralegal.client, draft.id)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await serve(cast.luckert.client, draft.id)).errors?.[0].extensions.code).toBe('NOT_FOUND');
    const served = await serve(cast.defense.client, draft.id);
    expect(served.errors).toBeUndefined();
    const production = served.data?.serveProduction;
    expect(production).toMatchObject({
      status: 'SERVED',
      volume: 'CDCR001',
      firstBates: 'CDCR0000001',
      lastBates: 'CDCR0000006',
      serviceMethod: 'ELECTRONIC',
      volumeUrl: `/productions/${draft.id}/volume.zip`,
    });

    // The volume: the receiving party downloads it; the court, an outsider and anonymous do not.
    const zip = await download(parley, cast.luckert.accessToken, production.volumeUrl);
    expect(zip.status).toBe(200);
    expect(zip.headers.get('content-type')).toBe('application/zip');
    expect(sha256(zip.body)).toBe(production.volumeSha256);
    expect((await download(parley, cast.clerk.token, production.volumeUrl)).status).toBe(404);
    expect((await download(parley, cast.outsider.accessToken, production.volumeUrl)).status).toBe(404);
    expect((await download(parley, undefined, production.volumeUrl)).status).toBe(401);

    // Read back without Parley's code: the DAT row per document, the OPT line per page, the images.
    const files = await readZip(zip.body);
    const dat = readDat(files.get('DATA/CDCR001.dat') as Buffer);
    expect(dat.header).toEqual([
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
    expect(dat.rows.map((r) => [r.BEGBATES, r.ENDBATES, r.PAGECOUNT, r.CONFIDENTIALITY, r.REQUESTS])).toEqual(
      [
        ['CDCR0000001', 'CDCR0000003', '3', 'CONFIDENTIAL', 'RFP No. 1'],
        ['CDCR0000004', 'CDCR0000004', '1', '', 'RFP No. 2'],
        ['CDCR0000005', 'CDCR0000006', '2', '', 'RFP No. 1; RFP No. 3'],
      ],
    );
    expect(dat.rows.map((r) => r.SHA256)).toEqual(
      production.documents.map((d: { sha256: string }) => d.sha256),
    );
    expect(dat.rows[1].NATIVEPATH).toMatch(/^NATIVES\\0001\\CDCR0000004\.png$/);
    expect(files.get(dat.rows[1].NATIVEPATH.replace(/\\/g, '/'))).toEqual(ONE_PIXEL_PNG);
    expect(dat.rows[1].SHA256).toBe(sha256(ONE_PIXEL_PNG));
    const opt = readOpt(files.get('IMAGES/CDCR001.opt') as Buffer);
    expect(opt.map((l) => l.imageKey)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `CDCR000000${n}`));
    expect(opt.filter((l) => l.docBreak).map((l) => l.imageKey)).toEqual([
      'CDCR0000001',
      'CDCR0000004',
      'CDCR0000005',
    ]);
    const stamped: string[] = [];
    for (const line of opt) {
      const image = files.get(line.path.replace(/\\/g, '/')) as Buffer;
      expect((await PDFDocument.load(image)).getPageCount()).toBe(1);
      stamped.push((await pdfPages(image))[0]);
    }
    stamped.forEach((text, n) => expect(text).toContain(`CDCR000000${n + 1}`));
    expect(stamped[0]).toContain('CONFIDENTIAL');
    expect(stamped[0]).toContain('Incident report page 1');

    // The response shows, per request, the pages produced in answer to it.
    const { discoverySet } = await cast.luckert.client.ok(ITEM_PRODUCTION, { id: cast.set.id });
    expect(
      discoverySet.items.map((i: { production: { ranges: Array<{ batesRange: string }> } }) =>
        i.production.ranges.map((r) => r.batesRange),
      ),
    ).toEqual([
      ['CDCR0000001–CDCR0000003', 'CDCR0000005–CDCR0000006'],
      ['CDCR0000004'],
      ['CDCR0000005–CDCR0000006'],
    ]);

    // Served is final: not served again, not discarded; a reproduction keeps its numbers.
    expect((await serve(cast.defense.client, draft.id)).errors?.[0].extensions.code).toBe('CONFLICT');
    expect((await cast.defense.client.fails(DISCARD_PRODUCTION, { id: draft.id })).extensions.code).toBe(
      'CONFLICT',
    );
    const again = await defenseFile(parley, cast, 'Use of force review.pdf', await letterPdf(2, 'Review'));
    const { createProduction: second } = await cast.paralegal.client.ok(CREATE_PRODUCTION, {
      input: input([
        { documentId: again, requestItemIds: [items()[0]] },
        { documentId: report, requestItemIds: [items()[0]] },
      ]),
    });
    expect(
      second.documents.map((d: { firstBates: string; reproduced: boolean }) => [d.firstBates, d.reproduced]),
    ).toEqual([
      ['CDCR0000007', false],
      ['CDCR0000001', true],
    ]);
    const reproduced = (await serve(cast.defense.client, second.id)).data?.serveProduction;
    expect(reproduced).toMatchObject({
      volume: 'CDCR002',
      firstBates: 'CDCR0000001',
      lastBates: 'CDCR0000008',
    });
    expect(reproduced.documents.map((d: { lastBates: string }) => d.lastBates)).toEqual([
      'CDCR0000008',
      'CDCR0000003',
    ]);
  });

  it('never gives a number twice or skips one when productions are served at once', async () => {
    const drafts: string[] = [];
    for (let n = 0; n < 3; n++) {
      const file = await defenseFile(parley, cast, `Log ${n}.pdf`, await letterPdf(n + 2, `Log ${n}`));
      const { createProduction } = await cast.paralegal.client.ok(CREATE_PRODUCTION, {
        input: input([{ documentId: file, requestItemIds: [items()[2]] }], 'CONC'),
      });
      drafts.push(createProduction.id);
    }
    const results = await Promise.all(drafts.map((id) => serve(cast.defense.client, id)));
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined, undefined]);
    const ranges = results
      .map((r) => r.data?.serveProduction)
      .map((p) => [Number(p.firstBates.slice(4)), Number(p.lastBates.slice(4)), p.volume])
      .sort((a, b) => (a[0] as number) - (b[0] as number));
    // 2 + 3 + 4 pages: 1-2, 3-5, 6-9 in whatever order they won the counter; volumes 1 to 3.
    expect(
      ranges.map(([first, last]) => (last as number) - (first as number) + 1).reduce((a, b) => a + b),
    ).toBe(9);
    expect(ranges[0][0]).toBe(1);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i][0]).toBe((ranges[i - 1][1] as number) + 1);
    expect(ranges.map((r) => r[2]).sort()).toEqual(['CONC001', 'CONC002', 'CONC003']);
    const [{ next_number }] = await parley.db.query(
      `SELECT next_number FROM bates_counters WHERE case_id = $1 AND prefix = 'CONC'`,
      [cast.caseId],
    );
    expect(next_number).toBe(10);
  });

  it('refuses what cannot be produced, writing nothing', async () => {
    const before = await counts();
    const encrypted = await PDFDocument.create();
    encrypted.addPage([612, 792]);
    encrypted.encrypt({ userPassword: 'secret', ownerPassword: 'owner', permissions: {} } as never);
    const locked = await defenseFile(parley, cast, 'Locked memo.pdf', Buffer.from(await encrypted.save()));
    const refused = await cast.paralegal.client.fails(CREATE_PRODUCTION, {
      input: input([{ documentId: locked, requestItemIds: [items()[0]] }]),
    });
    expect(refused.extensions.code).toBe('BAD_USER_INPUT');
    expect(refused.message).toMatch(/Locked memo\.pdf.*(password|encrypt)/i);

    const cases: Array<[GraphQLClient, Record<string, unknown>, string, RegExp?]> = [
      // Requests of another set, another party's file, a bad prefix, a document named twice.
      [
        cast.paralegal.client,
        input([{ documentId: report, requestItemIds: [cast.caseId] }]),
        'BAD_USER_INPUT',
        /not requests of this set/,
      ],
      [
        cast.paralegal.client,
        input([{ documentId: report, requestItemIds: [items()[0]] }], '9ABC'),
        'BAD_USER_INPUT',
      ],
      [
        cast.paralegal.client,
        input([
          { documentId: report, requestItemIds: [items()[0]] },
          { documentId: report, requestItemIds: [items()[1]] },
        ]),
        'BAD_USER_INPUT',
        /named twice/,
      ],
      [
        cast.paralegal.client,
        {
          ...input([{ documentId: report, requestItemIds: [items()[0]] }]),
          producingPartyId: cast.plaintiffId,
          receivingPartyId: cast.defendantId,
        },
        'BAD_USER_INPUT',
      ],
      // The requesting party does not produce in answer to its own requests; outsiders and the court see no set.
      [cast.luckert.client, input([{ documentId: report, requestItemIds: [items()[0]] }]), 'FORBIDDEN'],
      [cast.clerk, input([{ documentId: report, requestItemIds: [items()[0]] }]), 'NOT_FOUND'],
      [cast.outsider.client, input([{ documentId: report, requestItemIds: [items()[0]] }]), 'NOT_FOUND'],
    ];
    for (const [client, variables, code, message] of cases) {
      const error = await client.fails(CREATE_PRODUCTION, { input: variables });
      expect([variables.batesPrefix, error.extensions.code]).toEqual([variables.batesPrefix, code]);
      if (message) expect(error.message).toMatch(message);
    }
    // Another party's prefix in the case is refused once it is theirs.
    expect(await counts()).toEqual(before);
  });

  it('serves a production once when asked twice at once, and refuses a backdated or future service', async () => {
    const file = await defenseFile(parley, cast, 'Twice.pdf', await letterPdf(1, 'Twice'));
    const { createProduction: draft } = await cast.paralegal.client.ok(CREATE_PRODUCTION, {
      input: input([{ documentId: file, requestItemIds: [items()[0]] }], 'TWICE'),
    });
    const at = (servedAt: string, method = 'MAIL') =>
      cast.defense.client.request(SERVE_PRODUCTION, {
        input: { productionId: draft.id, method, servedAt, signature: '/s/ Dana Wu' },
      });
    // Before it was put together, in the future, or electronic service dated in the past.
    const backdated: Array<[string, string, RegExp]> = [
      ['2026-07-01T17:00:00Z', 'MAIL', /before the production was put together/],
      ['2026-07-12T17:00:00Z', 'MAIL', /in the future/],
      ['2026-07-10T16:00:00Z', 'ELECTRONIC', /made when you record it/],
    ];
    for (const [servedAt, method, words] of backdated) {
      const refused = await at(servedAt, method);
      expect([refused.errors?.[0].extensions.code, refused.errors?.[0].message]).toEqual([
        'BAD_USER_INPUT',
        expect.stringMatching(words),
      ]);
    }
    const both = await Promise.all([
      serve(cast.defense.client, draft.id),
      serve(cast.defense.client, draft.id),
    ]);
    expect(both.map((r) => r.errors?.[0].extensions.code ?? 'SERVED').sort()).toEqual(['CONFLICT', 'SERVED']);
    const [{ count }] = await parley.db.query(
      `SELECT count(*)::int FROM production_documents WHERE production_id = $1 AND first_bates IS NOT NULL`,
      [draft.id],
    );
    expect(count).toBe(1);
    const { production } = await cast.defense.client.ok(PRODUCTION, { id: draft.id });
    expect(production).toMatchObject({
      firstBates: 'TWICE0000001',
      lastBates: 'TWICE0000001',
      volume: 'TWICE001',
    });
  });

  it('carries hostile text through the load file intact and refuses a hostile prefix', async () => {
    const file = await defenseFile(parley, cast, 'Memo, O’Brien (final).pdf', await letterPdf(1, 'Memo'));
    for (const prefix of ["DEF'; DROP TABLE productions;--", 'ÞORN', '', 'A'.repeat(40)]) {
      const refused = await cast.paralegal.client.fails(CREATE_PRODUCTION, {
        input: input([{ documentId: file, requestItemIds: [items()[0]] }], prefix),
      });
      expect([prefix, refused.extensions.code]).toEqual([prefix, 'BAD_USER_INPUT']);
    }
    const withCustodian = (custodian: string) => ({
      ...input([{ documentId: file, requestItemIds: [items()[0]] }], 'HOST'),
      documents: [{ documentId: file, requestItemIds: [items()[0]], custodian }],
    });
    // The load file's own separator never gets in: control characters are refused at the door.
    const separator = await cast.paralegal.client.fails(CREATE_PRODUCTION, {
      input: withCustodian('Warden\u0014K. Ochoa'),
    });
    expect(separator.extensions.code).toBe('BAD_USER_INPUT');
    const { createProduction: draft } = await cast.paralegal.client.ok(CREATE_PRODUCTION, {
      input: withCustodian('Warden\nK. Ochoa þ <b>x</b>'),
    });
    const served = (await serve(cast.defense.client, draft.id)).data?.serveProduction;
    const zip = await download(parley, cast.luckert.accessToken, served.volumeUrl);
    const dat = readDat((await readZip(zip.body)).get('DATA/HOST001.dat') as Buffer);
    expect(dat.rows).toHaveLength(1);
    expect(dat.rows[0].FILENAME).toBe('Memo, O’Brien (final).pdf');
    expect(dat.rows[0].CUSTODIAN).toBe('Warden\nK. Ochoa th <b>x</b>');
    expect(dat.rows[0].BEGBATES).toBe('HOST0000001');
  });

  it('serves a prisoner not on Parley by mail, never electronically (FRCP 5(b)(2)(E))', async () => {
    const c = await castOnPaper(parley, cast.courtId);
    const scan = await uploadScan(parley, c.paralegal, c.caseId, 1);
    const { recordServedSet: his } = await c.paralegal.client.ok(
      `mutation($input: RecordServedSetInput!) { recordServedSet(input: $input) { id items { id } } }`,
      {
        input: {
          caseId: c.caseId,
          servingPartyId: c.plaintiffId,
          respondingPartyId: c.defendantId,
          kind: 'PRODUCTION',
          title: 'Plaintiff’s Request for Production',
          items: [{ text: 'The incident report.' }],
          method: 'MAIL',
          servedAt: '2026-07-01T19:00:00Z',
          receivedOn: '2026-07-06',
          documentId: scan.id,
        },
      },
    );
    const file = await defenseFile(
      parley,
      { ...cast, caseId: c.caseId, paralegal: c.paralegal },
      'Report.pdf',
      await letterPdf(1, 'Report'),
    );
    const { createProduction: draft } = await c.paralegal.client.ok(CREATE_PRODUCTION, {
      input: {
        caseId: c.caseId,
        producingPartyId: c.defendantId,
        receivingPartyId: c.plaintiffId,
        setId: his.id,
        batesPrefix: 'DEF',
        documents: [{ documentId: file, requestItemIds: [his.items[0].id] }],
      },
    });
    const electronic = await c.defense.client.fails(SERVE_PRODUCTION, {
      input: { productionId: draft.id, method: 'ELECTRONIC', signature: '/s/ Dana Wu' },
    });
    expect([electronic.extensions.code, electronic.message]).toEqual([
      'BAD_USER_INPUT',
      expect.stringContaining(
        'Luckert is not on Parley, so the documents cannot be served electronically',
      ),
    ]);
    const { serveProduction } = await c.defense.client.ok(SERVE_PRODUCTION, {
      input: { productionId: draft.id, method: 'MAIL', signature: '/s/ Dana Wu' },
    });
    expect(serveProduction).toMatchObject({ status: 'SERVED', serviceMethod: 'MAIL', volume: 'DEF001' });

    // His log and a clawback notice go in the mail: mailings the defense prints and sends.
    await c.paralegal.client.ok(ADD_ENTRY, {
      input: {
        caseId: c.caseId,
        producingPartyId: c.defendantId,
        setId: his.id,
        requestItemIds: [his.items[0].id],
        date: '2013-06-03',
        author: 'Dana Wu',
        recipients: ['Warden K. Ochoa'],
        documentType: 'Email',
        subject: 'Legal advice on the escort report',
        privilege: 'ATTORNEY_CLIENT',
      },
    });
    const serveLog = (method: string) =>
      c.defense.client.request(SERVE_LOG, {
        input: {
          caseId: c.caseId,
          producingPartyId: c.defendantId,
          setId: his.id,
          method,
          signature: '/s/ Dana Wu',
        },
      });
    expect((await serveLog('ELECTRONIC')).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await serveLog('MAIL')).errors).toBeUndefined();
    const { requestClawback } = await c.defense.client.ok(REQUEST_CLAWBACK, {
      input: {
        productionId: draft.id,
        batesRange: 'DEF0000001',
        basis: 'Attorney-client privilege: counsel’s note on the report.',
      },
    });
    // Seven days, and three more because the notice goes by mail (FRCP 6(d)): July 10 + 10 = July 20.
    expect(requestClawback.answerDueOn).toBe('2026-07-20');
    const { mailings } = await c.paralegal.client.ok(
      `query($caseId: ID!) { mailings(caseId: $caseId) { id paperKind paperTitle dueOn } }`,
      { caseId: c.caseId },
    );
    expect(mailings.map((m: { paperKind: string }) => m.paperKind).sort()).toEqual(
      expect.arrayContaining(['CLAWBACK_NOTICE', 'PRIVILEGE_LOG', 'PRODUCTION']),
    );
    // The documents on paper: the letter listing them, then each page stamped as in the volume.
    const printed = mailings.find((m: { paperKind: string }) => m.paperKind === 'PRODUCTION');
    expect(printed.paperTitle).toBe('Documents Produced, Volume DEF001 (DEF0000001–DEF0000001)');
    const pages = await pdfPages(
      (await download(parley, c.paralegal.accessToken, `/mailings/${printed.id}/packet.pdf`)).body,
    );
    const all = flat(pages.join(' '));
    expect(all).toContain('copies of documents you asked for in your requests for production (Rule 34)');
    expect(all).toContain('DEF0000001: Report.pdf, answering Request No. 1.');
    expect(pages.some((p) => p.includes('Report page 1') && p.includes('DEF0000001'))).toBe(true);
    const notice = mailings.find((m: { paperKind: string }) => m.paperKind === 'CLAWBACK_NOTICE');
    expect(notice.dueOn).toBe('2026-07-20');
    const packet = await download(parley, c.paralegal.accessToken, `/mailings/${notice.id}/packet.pdf`);
    expect(packet.status).toBe(200);
    const text = flat(await pdfText(packet.body));
    expect(text).toContain('asks for them back (Rule 26(b)(5)(B))');
    expect(text).toContain('NOTICE OF CLAWBACK OF PRIVILEGED MATERIAL');
    expect(text).toContain('Bates-numbered DEF0000001, produced in volume DEF001');
    expect(text).toContain('must take reasonable steps to retrieve the information');
    const log = mailings.find((m: { paperKind: string }) => m.paperKind === 'PRIVILEGE_LOG');
    const logPacket = flat(
      await pdfText((await download(parley, c.paralegal.accessToken, `/mailings/${log.id}/packet.pdf`)).body),
    );
    expect(logPacket).toContain('This list is called a privilege log (Rule 26(b)(5)(A))');
    expect(logPacket).toContain('ENTRY NO. 1 (RFP No. 1)');
  });

  it('lists a party’s own files to produce from, and never the other side’s private ones', async () => {
    const DOCUMENTS = `query($caseId: ID!, $partyId: ID) { documents(caseId: $caseId, partyId: $partyId, first: 100) { id filename shared } }`;
    const mine = (
      await cast.paralegal.client.ok(DOCUMENTS, { caseId: cast.caseId, partyId: cast.defendantId })
    ).documents;
    expect(mine.map((d: { id: string }) => d.id)).toEqual(expect.arrayContaining([report, photo, grievance]));
    const theirs = (await cast.luckert.client.ok(DOCUMENTS, { caseId: cast.caseId })).documents;
    expect(theirs.filter((d: { id: string }) => [report, photo, grievance].includes(d.id))).toEqual([]);
    expect((await cast.clerk.fails(DOCUMENTS, { caseId: cast.caseId })).extensions.code).toBe('NOT_FOUND');
    expect(
      (await cast.paralegal.client.fails(DOCUMENTS, { caseId: cast.caseId, partyId: 'nope' })).extensions
        .code,
    ).toBe('BAD_USER_INPUT');
  });

  it('lets a draft be discarded by its own party only', async () => {
    const { createProduction: draft } = await cast.paralegal.client.ok(CREATE_PRODUCTION, {
      input: input([{ documentId: grievance, requestItemIds: [items()[2]] }], 'TOSS'),
    });
    expect((await cast.luckert.client.fails(DISCARD_PRODUCTION, { id: draft.id })).extensions.code).toBe(
      'NOT_FOUND',
    );
    expect((await cast.paralegal.client.ok(DISCARD_PRODUCTION, { id: draft.id })).discardProduction).toBe(
      true,
    );
    expect((await cast.defense.client.fails(PRODUCTION, { id: draft.id })).extensions.code).toBe('NOT_FOUND');
  });
});
