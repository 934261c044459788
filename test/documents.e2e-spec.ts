import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { S3Fake, startS3Fake } from '@parley/documents/testing';
import {
  countRows,
  createCase,
  createCourt,
  join as joinParty,
  signInAsAdmin,
  signUp,
  SignedIn,
} from './support/factories';
import { GraphQLClient } from './support/graphql-client';
import { Parley, startParley } from './support/test-app';
import { pdfOfPages, PNG_SIGNATURE, sha256, uploadDocument } from './support/uploads';
import { CREATE_STAFF } from './support/world';
import { signIn, STRONG_PASSWORD } from './support/factories';

const LIMIT = 2 * 1024 * 1024;
const DOCUMENT = `query($id: ID!) { document(id: $id) { id filename contentType size sha256 pages uploadedAt shared } }`;

/** Every file under a folder, at any depth (an empty folder tree counts as nothing kept). */
function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

async function download(parley: Parley, id: string, token: string | undefined) {
  const response = await fetch(`${parley.baseUrl}/documents/${id}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  return { response, bytes, json: () => JSON.parse(bytes.toString('utf8')) };
}

interface Cast {
  caseId: string;
  plaintiffId: string;
  defendantId: string;
  defense: SignedIn;
  paralegal: SignedIn;
  plaintiff: SignedIn;
  outsider: SignedIn;
  courtStaff: GraphQLClient;
  admin: GraphQLClient;
  readToken: string;
}

async function cast(parley: Parley): Promise<Cast> {
  const admin = await signInAsAdmin(parley);
  const court = await createCourt(admin);
  const email = `clerk.${court.id.slice(0, 8)}@cand.example`;
  await admin.ok(CREATE_STAFF, {
    input: { courtId: court.id, email, name: 'Clerk', password: STRONG_PASSWORD },
  });
  const courtStaff = await signIn(parley, email, STRONG_PASSWORD);
  const defense = await signUp(parley, 'Dana Wu');
  const paralegal = await signUp(parley, 'Sam Ortiz');
  const plaintiff = await signUp(parley, 'R. Luckert');
  const outsider = await signUp(parley, 'Curious Outsider');
  const created = await createCase(defense.client, court.id);
  const [plaintiffId, defendantId] = created.parties.map((p: { id: string }) => p.id);
  await joinParty(defense.client, plaintiffId, plaintiff, 'PRO_SE');
  await joinParty(defense.client, defendantId, paralegal, 'PARALEGAL');
  const { createApiToken } = await defense.client.ok(
    `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }`,
    { input: { name: 'CMS reader', scopes: ['READ'] } },
  );
  return {
    caseId: created.id,
    plaintiffId,
    defendantId,
    defense,
    paralegal,
    plaintiff,
    outsider,
    courtStaff,
    admin,
    readToken: createApiToken.token,
  };
}

describe('documents: upload and download over HTTP, kept on local disk (issue 15)', () => {
  let parley: Parley;
  let c: Cast;
  const documentsFolder = () => join(parley.config.dataDir, 'documents');
  const incomingFolder = () => join(parley.config.dataDir, 'incoming');

  beforeAll(async () => {
    parley = await startParley({ worker: false, env: { DOCUMENT_MAX_BYTES: String(LIMIT) } });
    c = await cast(parley);
  }, 60_000);
  afterAll(() => parley?.close());

  it('takes a PDF of several pages, counts them, hashes it, and gives the same bytes back', async () => {
    const pdf = await pdfOfPages(3);
    const upload = await uploadDocument(
      parley.baseUrl,
      c.paralegal.accessToken,
      { caseId: c.caseId },
      { filename: 'Luckert interrogatories (mailed).pdf', content: pdf, type: 'application/pdf' },
    );
    expect(upload.status).toBe(201);
    expect(upload.body).toEqual({
      id: expect.any(String),
      filename: 'Luckert interrogatories (mailed).pdf',
      contentType: 'application/pdf',
      size: pdf.length,
      sha256: sha256(pdf),
      pages: 3,
      uploadedAt: expect.any(String),
      shared: false,
    });
    const id = upload.body.id as string;

    const { document } = await c.defense.client.ok(DOCUMENT, { id });
    expect(document).toMatchObject({ id, pages: 3, sha256: sha256(pdf), shared: false, size: pdf.length });

    const { response, bytes } = await download(parley, id, c.defense.accessToken);
    expect(response.status).toBe(200);
    expect(sha256(bytes)).toBe(sha256(pdf));
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('etag')).toBe(`"${sha256(pdf)}"`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Luckert interrogatories _mailed_.pdf"; filename*=UTF-8''Luckert%20interrogatories%20%28mailed%29.pdf`.replace(
        '_mailed_',
        '(mailed)',
      ),
    );
    expect(filesUnder(documentsFolder())).toEqual([join(documentsFolder(), c.caseId, id)]);
  });

  it('keeps an image as sent, recognised by its bytes whatever its name says, without folders in its name', async () => {
    const png = Buffer.concat([PNG_SIGNATURE, Buffer.from('a scanned envelope')]);
    const upload = await uploadDocument(
      parley.baseUrl,
      c.defense.accessToken,
      { caseId: c.caseId },
      { filename: 'C:\\scans\\envelope\u0007.pdf', content: png, type: 'application/pdf' },
    );
    expect(upload.status).toBe(201);
    expect(upload.body).toMatchObject({ filename: 'envelope.pdf', contentType: 'image/png', pages: null });
    const { response } = await download(parley, upload.body.id as string, c.paralegal.accessToken);
    expect(response.headers.get('content-type')).toBe('image/png');
  });

  it('shows a document only to its own party until it is served: the other party, the court, an admin and outsiders are told it does not exist', async () => {
    const pdf = await pdfOfPages(1, 'Defense notes');
    const { body } = await uploadDocument(
      parley.baseUrl,
      c.defense.accessToken,
      { caseId: c.caseId },
      { filename: 'notes.pdf', content: pdf },
    );
    const id = body.id as string;
    const others: Array<[string, string | undefined]> = [
      ['the other party', c.plaintiff.accessToken],
      ['court staff of the case’s court', c.courtStaff.token],
      ['an admin', c.admin.token],
      ['an outsider', c.outsider.accessToken],
    ];
    for (const [who, token] of others) {
      const { response, json } = await download(parley, id, token);
      expect([who, response.status, json().errors[0]]).toEqual([
        who,
        404,
        { message: 'The document was not found.', extensions: { code: 'NOT_FOUND' } },
      ]);
      const answer = await parley.client.as(token).request(DOCUMENT, { id });
      expect([who, answer.errors?.[0].extensions.code, answer.errors?.[0].message]).toEqual([
        who,
        'NOT_FOUND',
        'The document was not found.',
      ]);
    }
    expect((await download(parley, id, undefined)).response.status).toBe(401);
    // The defense's read-only token reads its own party's documents.
    expect((await download(parley, id, c.readToken)).response.status).toBe(200);
  });

  it('refuses an upload to a case from anyone who is not a member of it, from a read-only token, and from its court without the filer, keeping nothing', async () => {
    const before = await countRows(parley, 'documents');
    const files = filesUnder(documentsFolder()).length;
    const attempts: Array<[string | undefined, number, string]> = [
      [c.outsider.accessToken, 404, 'NOT_FOUND'],
      // The case's court keeps only a filing's scan, kept as the filer's: it must name the party.
      [c.courtStaff.token, 400, 'BAD_USER_INPUT'],
      [c.admin.token, 404, 'NOT_FOUND'],
      [c.readToken, 403, 'FORBIDDEN'],
      [undefined, 401, 'UNAUTHENTICATED'],
    ];
    for (const [token, status, code] of attempts) {
      const answer = await uploadDocument(
        parley.baseUrl,
        token,
        { caseId: c.caseId },
        { filename: 'x.pdf', content: await pdfOfPages(1) },
      );
      expect([answer.status, answer.body.errors?.[0].extensions.code]).toEqual([status, code]);
    }
    expect(await countRows(parley, 'documents')).toBe(before);
    expect(filesUnder(documentsFolder())).toHaveLength(files);
    expect(filesUnder(incomingFolder())).toEqual([]);
  });

  it('refuses bad uploads in words a person can act on, and keeps nothing of them', async () => {
    const before = await countRows(parley, 'documents');
    const files = filesUnder(documentsFolder()).length;
    const pdf = await pdfOfPages(1);
    const refusals: Array<
      [string, Parameters<typeof uploadDocument>[2], Parameters<typeof uploadDocument>[3], string]
    > = [
      [
        'a text file named .pdf',
        { caseId: c.caseId },
        { filename: 'letter.pdf', content: Buffer.from('Dear counsel, please answer.') },
        'This file is not a PDF, a PNG image, a JPEG image or a TIFF image: scan the paper to one of these, or save it as one.',
      ],
      [
        'a file over the limit',
        { caseId: c.caseId },
        { filename: 'huge.pdf', content: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(LIMIT)]) },
        'The file is larger than 2 MB, the most Parley accepts.',
      ],
      [
        'a damaged PDF',
        { caseId: c.caseId },
        { filename: 'torn.pdf', content: pdf.subarray(0, Math.floor(pdf.length / 3)) },
        'This PDF could not be read: it may be damaged or incomplete. Scan the paper again, or save it again as a PDF.',
      ],
      [
        'a file that only begins like a PDF',
        { caseId: c.caseId },
        { filename: 'fake.pdf', content: Buffer.from('%PDF-1.4\nnot really a document\n%%EOF\n') },
        'This PDF could not be read: it may be damaged or incomplete. Scan the paper again, or save it again as a PDF.',
      ],
      [
        'an empty file',
        { caseId: c.caseId },
        { filename: 'empty.pdf', content: Buffer.alloc(0) },
        'The file is empty.',
      ],
      ['no case', {}, { filename: 'a.pdf', content: pdf }, 'caseId must name an id.'],
      [
        'a case that is not an id',
        { caseId: 'case-42' },
        { filename: 'a.pdf', content: pdf },
        'caseId must be an id given out by Parley (a UUID).',
      ],
      [
        'a party the uploader does not represent',
        { caseId: c.caseId, partyId: c.plaintiffId },
        { filename: 'a.pdf', content: pdf },
        'partyId must be a party of this case that you represent.',
      ],
    ];
    for (const [what, fields, file, message] of refusals) {
      const answer = await uploadDocument(parley.baseUrl, c.defense.accessToken, fields, file);
      expect([what, answer.status, answer.body.errors?.[0]]).toEqual([
        what,
        400,
        { message, extensions: { code: 'BAD_USER_INPUT' } },
      ]);
    }
    expect(await countRows(parley, 'documents')).toBe(before);
    expect(filesUnder(documentsFolder())).toHaveLength(files);
    expect(filesUnder(incomingFolder())).toEqual([]);
  });

  it('refuses a body that is not a multipart upload with its file', async () => {
    const json = await fetch(`${parley.baseUrl}/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${c.defense.accessToken}` },
      body: JSON.stringify({ caseId: c.caseId }),
    });
    expect([json.status, ((await json.json()) as any).errors[0]]).toEqual([
      415,
      { message: 'Send the upload as multipart/form-data.', extensions: { code: 'BAD_USER_INPUT' } },
    ]);
    const boundary = 'only-fields';
    const fieldsOnly = await fetch(`${parley.baseUrl}/documents`, {
      method: 'POST',
      headers: {
        'content-type': `multipart/form-data; boundary=${boundary}`,
        authorization: `Bearer ${c.defense.accessToken}`,
      },
      body: `--${boundary}\r\nContent-Disposition: form-data; name="caseId"\r\n\r\n${c.caseId}\r\n--${boundary}--\r\n`,
    });
    expect([fieldsOnly.status, ((await fieldsOnly.json()) as any).errors[0].message]).toEqual([
      400,
      'Send the file as multipart/form-data: the fields first (caseId), then the file in a part named "file".',
    ]);
  });

  it('keeps two uploads sent at once as two documents', async () => {
    const [a, b] = await Promise.all(
      [1, 2].map(async (n) =>
        uploadDocument(
          parley.baseUrl,
          c.defense.accessToken,
          { caseId: c.caseId },
          { filename: `scan-${n}.pdf`, content: await pdfOfPages(n) },
        ),
      ),
    );
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.id).not.toBe(b.body.id);
    expect([a.body.pages, b.body.pages]).toEqual([1, 2]);
  });
});

describe('documents kept in S3-compatible storage (issue 15)', () => {
  let parley: Parley;
  let s3: S3Fake;
  let c: Cast;

  beforeAll(async () => {
    s3 = await startS3Fake();
    parley = await startParley({
      worker: false,
      env: {
        S3_BUCKET: s3.bucket,
        S3_ENDPOINT: s3.endpoint,
        S3_ACCESS_KEY_ID: s3.accessKeyId,
        S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
      },
    });
    c = await cast(parley);
  }, 60_000);
  afterAll(async () => {
    await parley?.close();
    await s3?.close();
  });

  it('streams the upload into the bucket and the download out of it, nothing left on local disk', async () => {
    const pdf = await pdfOfPages(4);
    const upload = await uploadDocument(
      parley.baseUrl,
      c.plaintiff.accessToken,
      { caseId: c.caseId },
      { filename: 'answers.pdf', content: pdf },
    );
    expect(upload).toMatchObject({ status: 201, body: { pages: 4, sha256: sha256(pdf) } });
    const { response, bytes } = await download(parley, upload.body.id as string, c.plaintiff.accessToken);
    expect([response.status, sha256(bytes)]).toEqual([200, sha256(pdf)]);
    expect(filesUnder(join(parley.config.dataDir, 'documents'))).toEqual([]);
    expect(filesUnder(join(parley.config.dataDir, 'incoming'))).toEqual([]);
    expect(filesUnder(join(s3.directory, s3.bucket)).some((f) => f.includes(upload.body.id as string))).toBe(
      true,
    );
  });
});
