import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { rmSync } from 'node:fs';
import { buildForProcesses, freePort } from './support/processes';

const DEMO_PASSWORD = 'luckert brannon demo harbor';

/** The product as a newcomer starts it: `npm start -- --demo` with no PostgreSQL and no Redis to find. */
function launch(buildDir: string, env: Record<string, string>, args = ['--demo']) {
  const child = spawn(process.execPath, [`${buildDir}/apps/api/src/launch/main.js`, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH, NODE_ENV: 'development', LOG_LEVEL: 'warn', ...env },
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const waitFor = async (pattern: RegExp, timeoutMs = 150_000) => {
    const until = Date.now() + timeoutMs;
    while (!pattern.test(output)) {
      if (child.exitCode !== null) throw new Error(`The launcher exited with ${child.exitCode}:\n${output}`);
      if (Date.now() > until) throw new Error(`Timed out waiting for ${pattern}:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };
  return { child, waitFor, output: () => output };
}

async function stop(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  child.kill('SIGTERM');
  const [code] = await once(child, 'exit');
  return code as number | null;
}

async function call(baseUrl: string, query: string, token?: string) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const login = async (baseUrl: string, email: string) =>
  (
    await call(
      baseUrl,
      `mutation { login(input: { email: "${email}", password: "${DEMO_PASSWORD}" }) { accessToken } }`,
    )
  ).login.accessToken as string;

describe('a newcomer’s first start, with nothing but Node', () => {
  const dataDir = `tmp/embedded-${process.pid}`;
  let buildDir: string;
  let env: Record<string, string>;
  let baseUrl: string;

  beforeAll(async () => {
    buildDir = buildForProcesses();
    rmSync(dataDir, { recursive: true, force: true });
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    // Addresses where nothing listens: the fallback must be taken, exactly as on a bare laptop.
    env = {
      PORT: String(port),
      DATABASE_URL: `postgres://postgres@127.0.0.1:${await freePort()}/parley`,
      REDIS_URL: `redis://127.0.0.1:${await freePort()}`,
      PARLEY_DATA_DIR: dataDir,
      DEADLINE_SWEEP_SECONDS: '5',
    };
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('runs on embedded PostgreSQL with queues in PostgreSQL, seeds the demo, delivers notices, and stops cleanly', async () => {
    const parley = launch(buildDir, env);
    try {
      await parley.waitFor(/Demo seeded: Luckert v\. Brannon/);
      expect(parley.output()).toMatch(
        /No PostgreSQL at 127\.0\.0\.1:\d+: using embedded PostgreSQL \(PGlite\)/,
      );
      expect(parley.output()).toMatch(/No Redis at 127\.0\.0\.1:\d+: queues run on PostgreSQL/);
      expect(await (await fetch(`${baseUrl}/health`)).json()).toEqual({
        status: 'ok',
        database: 'up',
        queues: 'postgres',
      });

      // The court sees the escalation waiting on its docket, and nothing else of the case.
      const chambers = await login(baseUrl, 'edlcrd@cand.parley.demo');
      const { courtDocket } = await call(
        baseUrl,
        `{ courtDocket { caption docketNumber judge status otherSideResponded items { number kind objections } } }`,
        chambers,
      );
      expect(courtDocket).toEqual([
        {
          caption: 'Luckert v. Brannon',
          docketNumber: 'C 13-4426 EDL (PR)',
          judge: 'Elizabeth D. Laporte',
          status: 'SUBMITTED',
          otherSideResponded: true,
          items: [
            {
              number: 2,
              kind: 'INTERROGATORIES',
              objections: [
                'Vague as to "use of force".',
                'Seeks information withheld for institutional security.',
              ],
            },
          ],
        },
        // The fourth case: his motion to compel, mailed to the court and answered, on a full record.
        expect.objectContaining({
          caption: 'Luckert v. Ramos',
          status: 'SUBMITTED',
          otherSideResponded: true,
        }),
      ]);

      // The second case, where he is not on Parley: his mailed set and letter entered, what goes to
      // him mailings, the dispute his letter opened before the court once his part's time ends.
      const defense = await login(baseUrl, 'dana.wu@brannon-law.demo');
      const { cases } = await call(baseUrl, `{ cases { edges { node { id title } } } }`, defense);
      const onPaper = cases.edges
        .map((e: { node: { id: string; title: string } }) => e.node)
        .find((c: { title: string }) => c.title === 'Luckert v. Ochoa');
      const { discoverySets, mailings, disputes } = await call(
        baseUrl,
        `{ discoverySets(caseId: "${onPaper.id}") { title onPaper { recordedBy } }
           mailings(caseId: "${onPaper.id}") { paperKind mailedOn }
           disputes(caseId: "${onPaper.id}") { status requestingParty { name } conferralAssessment { basis }
             escalation { status } } }`,
        defense,
      );
      expect(discoverySets).toEqual(
        expect.arrayContaining([
          { title: 'First Set of Interrogatories', onPaper: { recordedBy: 'Dana Wu' } },
        ]),
      );
      expect(
        mailings.map((m: { paperKind: string; mailedOn: string | null }) => [
          m.paperKind,
          m.mailedOn !== null,
        ]),
      ).toEqual([
        ['DISCOVERY_SET', false],
        ['JOINT_LETTER', false],
        ['LETTER', true],
        ['DISCOVERY_RESPONSE', true],
      ]);
      expect(disputes).toEqual([
        {
          status: 'ESCALATED',
          requestingParty: { name: 'Luckert' },
          conferralAssessment: { basis: 'LETTER_EXCHANGE' },
          escalation: { status: 'AWAITING_POSITION' },
        },
      ]);

      // Issue 17: the defense's first volume, stamped and packed on embedded PostgreSQL, and its log.
      const brannon = cases.edges
        .map((e: { node: { id: string; title: string } }) => e.node)
        .find((c: { title: string }) => c.title === 'Luckert v. Brannon');
      const { productions } = await call(
        baseUrl,
        `{ productions(caseId: "${brannon.id}") { status volume firstBates lastBates documents { filename native } } }`,
        defense,
      );
      expect(productions).toEqual([
        {
          status: 'SERVED',
          volume: 'DEF001',
          firstBates: 'DEF0000001',
          lastBates: 'DEF0000004',
          documents: [
            { filename: 'Incident report 12-0314.pdf', native: false },
            { filename: 'Yard photo.png', native: true },
          ],
        },
      ]);

      // The third case, the seed's scene: his interrogatories mailed to the court, in chambers' intake.
      const { paperFilings } = await call(
        baseUrl,
        `{ paperFilings { caption kind status verdict { missing { code } } proposedOrder } }`,
        chambers,
      );
      expect(paperFilings).toEqual([
        expect.objectContaining({
          caption: 'Luckert v. Haskins',
          kind: 'DISCOVERY_FILED_WITH_COURT',
          status: 'READY_FOR_ORDER',
          verdict: {
            missing: [
              { code: 'ITEM_NOT_SERVED' },
              { code: 'NO_QUALIFYING_CONFERRAL' },
              { code: 'NO_CERTIFICATION' },
            ],
          },
        }),
        expect.objectContaining({
          caption: 'Luckert v. Ramos',
          kind: 'MOTION_TO_COMPEL',
          verdict: { missing: [] },
        }),
      ]);
      expect(paperFilings[0].proposedOrder).toContain(
        'must serve them on Dana Wu, Wu & Brannon Law Group LLP, for M. Haskins, at 1 Market Street, Suite 2400, San Francisco, CA 94105.',
      );

      // Notices are the worker's work: outbox, BullMQ on PostgreSQL, handler, in-app notice.
      const luckert = await login(baseUrl, 'luckert@parley.demo');
      const until = Date.now() + 60_000;
      let kinds: string[] = [];
      while (Date.now() < until) {
        const { notifications } = await call(baseUrl, `{ notifications { kind } }`, luckert);
        kinds = notifications.map((n: { kind: string }) => n.kind);
        if (kinds.includes('POSITION_SUBMITTED') && kinds.includes('RESPONSE_SERVED')) break;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      // A second start on the same folder would have two PGlites writing it: refused, clearly.
      const twin = launch(buildDir, { ...env, PORT: String(await freePort()) }, []);
      const [twinCode] = await once(twin.child, 'exit');
      expect(twinCode).toBe(1);
      expect(twin.output()).toMatch(/Another Parley is already running on .*pglite\. Stop it first/);
      expect(kinds).toEqual(
        expect.arrayContaining(['RESPONSE_SERVED', 'LETTER_RECEIVED', 'POSITION_SUBMITTED']),
      );
    } finally {
      const code = await stop(parley.child);
      // On failure, what the launcher said is the place to start.
      expect({ code, output: code === 0 ? '' : parley.output() }).toEqual({ code: 0, output: '' });
    }
    await expect(fetch(`${baseUrl}/health`)).rejects.toThrow();

    // Started again on the same folder: the data is still there and the demo is not seeded twice.
    const again = launch(buildDir, env);
    try {
      await again.waitFor(/Demo already seeded/);
      expect(again.output()).toMatch(/Database schema is up to date/);
      const chambers = await login(baseUrl, 'edlcrd@cand.parley.demo');
      expect((await call(baseUrl, `{ courtDocket { id } }`, chambers)).courtDocket).toHaveLength(2);
    } finally {
      expect(await stop(again.child)).toBe(0);
    }
  }, 400_000);

  it('never falls back in production: a missing service stops the start with a clear message', async () => {
    const production = { ...env, NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) };
    const cases: Array<[Record<string, string>, string[], RegExp]> = [
      [production, [], /PostgreSQL does not answer at 127\.0\.0\.1:\d+ \(DATABASE_URL\)/],
      [
        // PostgreSQL answers here; Redis does not.
        { ...production, DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/parley_unused' },
        [],
        /Redis does not answer at 127\.0\.0\.1:\d+ \(REDIS_URL\)/,
      ],
      [production, ['--demo'], /The demo is for trying Parley out; it does not run with NODE_ENV=production/],
    ];
    for (const [settings, args, message] of cases) {
      const parley = launch(buildDir, settings, args);
      const [code] = await once(parley.child, 'exit');
      expect(code).toBe(1);
      expect(parley.output()).toMatch(message);
      expect(parley.output()).not.toMatch(/embedded|queues run on PostgreSQL/);
    }
  }, 60_000);
});
