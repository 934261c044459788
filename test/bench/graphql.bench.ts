/**
 * Throughput of the GraphQL API on real PostgreSQL, for reading what litigants read most: a case's
 * discovery sets with their items, responses and deadlines, and one's cases with parties.
 *
 *   node -r @swc-node/register test/bench/graphql.bench.ts [seconds per scenario, default 8]
 *
 * Boots the API as the end-to-end suites do (its own clone of the migrated database), seeds one case
 * with 20 served sets of 10 requests (half answered), then drives each query with autocannon over
 * 10 connections and prints requests per second, latency and SQL statements per request.
 */
import autocannon from 'autocannon';
import { plainAnswers, serveSet, draftSet, SERVE_RESPONSE } from '../support/discovery';
import { createCase, createCourt, join, signInAsAdmin, signUp } from '../support/factories';
import globalSetup from '../support/global-setup';
import { countQueries } from '../support/query-counter';
import { startParley } from '../support/test-app';

const SETS = `query($caseId: ID!) { discoverySets(caseId: $caseId) {
  id title status responseDueOn servingParty { name } respondingParty { name }
  items { id number text }
  response { version items { itemId production objections } }
  deadline { dueOn status steps { rule date } } } }`;
const CASES = `{ cases(first: 20) { edges { node { id title docketNumber court { name timeZone }
  parties { name side members { name role } } } } } }`;
const ME = `{ me { id name email } }`;

async function main(): Promise<void> {
  const seconds = Number(process.argv[2] ?? 8);
  // The suites' own migrated template, which each Parley clones (a later run drops it).
  await globalSetup();
  const parley = await startParley({ worker: false, env: { LOG_LEVEL: 'silent' } });
  try {
    const court = await createCourt(await signInAsAdmin(parley));
    const defense = await signUp(parley, 'Bench Defense');
    const plaintiff = await signUp(parley, 'Bench Plaintiff');
    const created = await createCase(defense.client, court.id);
    const [plaintiffId, defendantId] = created.parties.map((p: { id: string }) => p.id);
    await join(defense.client, plaintiffId, plaintiff, 'PRO_SE');
    for (let i = 0; i < 20; i++) {
      const draft = await draftSet(plaintiff.client, {
        caseId: created.id,
        servingPartyId: plaintiffId,
        respondingPartyId: defendantId,
        kind: 'PRODUCTION',
        title: `Request for Production, Set ${i + 1}`,
        items: Array.from({ length: 10 }, (_, n) => ({ text: `All documents concerning topic ${n + 1}.` })),
      });
      const set = await serveSet(plaintiff.client, draft.id, 'ELECTRONIC', '/s/ Bench Plaintiff');
      if (i % 2 === 0) {
        await defense.client.ok(SERVE_RESPONSE, {
          input: {
            setId: set.id,
            method: 'ELECTRONIC',
            signature: '/s/ Bench Defense',
            items: plainAnswers(set),
          },
        });
      }
    }

    const scenarios: Array<[string, string, Record<string, unknown>]> = [
      ['me (baseline)', ME, {}],
      ['cases with parties and members', CASES, {}],
      ['20 discovery sets, 200 requests, responses, deadlines', SETS, { caseId: created.id }],
    ];
    console.log(`GraphQL API, ${seconds}s per scenario, 10 connections, Node ${process.version}`);
    for (const [name, query, variables] of scenarios) {
      const body = JSON.stringify({ query, variables });
      const headers = {
        'content-type': 'application/json',
        authorization: `Bearer ${plaintiff.accessToken}`,
      };
      const check = await fetch(`${parley.baseUrl}/graphql`, { method: 'POST', headers, body });
      const answer = (await check.json()) as { errors?: unknown };
      if (answer.errors) throw new Error(`${name}: ${JSON.stringify(answer.errors)}`);
      const statements = await countQueries(parley.db, () =>
        fetch(`${parley.baseUrl}/graphql`, { method: 'POST', headers, body }).then((r) => r.text()),
      );
      const result = await autocannon({
        url: `${parley.baseUrl}/graphql`,
        method: 'POST',
        headers,
        body,
        connections: 10,
        duration: seconds,
        // The load in a thread of its own, so the API's event loop is the API's alone.
        workers: 1,
      });
      console.log(
        `${name.padEnd(55)} ${result.requests.average.toFixed(0).padStart(6)} req/s  ` +
          `p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms  ` +
          `${statements.length} SQL/request  ${result.non2xx} non-2xx  ${result.errors} errors`,
      );
    }
  } finally {
    await parley.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
