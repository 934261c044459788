/**
 * What the benches share: driving an endpoint with autocannon, printing a side's figures, and
 * reporting each issue 14 target to `scripts/bench.mjs`, which sums them up in one table.
 */
import { appendFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { constants, monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import autocannon from 'autocannon';
import { draftSet } from '../support/discovery';
import { GraphQLClient } from '../support/graphql-client';

export interface Side {
  name: string;
  /** Requests per second. */
  requests: number;
  p50: number;
  p99: number;
  /** Non-2xx answers, socket errors and GraphQL errors (answers the check found wrong). */
  errors: number;
  total: number;
  seconds: number;
  /**
   * At a paced rate: how late the load generator's own thread sent the requests it could send at
   * once (p99 and the most), a stall of the machine rather than of the server it measures.
   */
  generatorLate?: { p99: number; max: number };
  /**
   * At a paced rate: the longest the servers' thread (this process's main thread, where both
   * servers run) could not turn its event loop, the longest and total GC pause it had meanwhile, and
   * how many of its collections were full ones (mark-compact over the whole heap).
   */
  serverStalls?: { loopMax: number; gcMax: number; gcTotal: number; fullGcs: number };
}

export interface LoadOptions {
  name: string;
  url: string;
  headers: Record<string, string>;
  /** The bodies to send: cycled through for a duration, or each sent once with `once`. */
  bodies: string[];
  connections: number;
  /** For how long; ignored with `once`. */
  seconds?: number;
  /**
   * Each body exactly once, in order across all connections, then stop: for writes that cannot be
   * repeated (a set is served once). Throughput is then the bodies over the time they took.
   */
  once?: boolean;
}

// autocannon's worker thread loads request hooks by path (a function cannot cross into it).
const NEXT_BODY_HOOK = resolve(__dirname, 'next-body.cjs');
const GRAPHQL_CHECK_HOOK = resolve(__dirname, 'graphql-ok.cjs');
const PACED_LOAD = resolve(__dirname, 'paced-load.cjs');

/** The main thread's event-loop delay and GC pauses while `work` runs, in milliseconds. */
async function watchingServers<T>(work: () => Promise<T>): Promise<[T, NonNullable<Side['serverStalls']>]> {
  const loop = monitorEventLoopDelay({ resolution: 5 });
  const pauses: number[] = [];
  let fullGcs = 0;
  const gc = new PerformanceObserver((list) =>
    list.getEntries().forEach((entry) => {
      pauses.push(entry.duration);
      if ((entry as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR)
        fullGcs++;
    }),
  );
  loop.enable();
  gc.observe({ entryTypes: ['gc'] });
  try {
    const result = await work();
    return [
      result,
      {
        loopMax: Math.round(loop.max / 1e6),
        gcMax: Math.round(Math.max(0, ...pauses)),
        gcTotal: Math.round(pauses.reduce((a, b) => a + b, 0)),
        fullGcs,
      },
    ];
  } finally {
    loop.disable();
    gc.disconnect();
  }
}

/**
 * A steady load's thread (paced-load.cjs): its connections open once, then each `run` offers `rate`
 * requests per second for `seconds`, evenly paced, latency counted from when each request was due.
 */
async function pacedLoader(options: LoadOptions) {
  const { url, headers, bodies, connections } = options;
  const worker = new Worker(PACED_LOAD, {
    workerData: { url, headers, bodies, connections, graphql: url.endsWith('/graphql') },
  });
  const next = () =>
    new Promise<unknown>((done, fail) => {
      const failed = (error: Error) => fail(error);
      worker.once('error', failed);
      worker.once('message', (message) => {
        worker.off('error', failed);
        done(message);
      });
    });
  await next(); // 'ready'
  return {
    run: async (rate: number, seconds: number): Promise<Side> => {
      const result = next();
      worker.postMessage({ rate, seconds });
      return { name: options.name, ...((await result) as Omit<Side, 'name'>) };
    },
    close: () => worker.terminate(),
  };
}

/** Drives one endpoint with autocannon in a thread of its own, so the servers' event loop is theirs. */
export async function load(options: LoadOptions): Promise<Side> {
  const { bodies, once } = options;
  const request = { method: 'POST' as const, headers: options.headers };
  let requests: autocannon.Request[];
  if (once) {
    const file = join(mkdtempSync(join(tmpdir(), 'parley-bench-')), 'bodies.json');
    writeFileSync(file, JSON.stringify(bodies));
    // Read by next-body.cjs in autocannon's worker, which inherits this environment.
    process.env.BENCH_BODIES_FILE = file;
    requests = [{ ...request, setupRequest: NEXT_BODY_HOOK } as unknown as autocannon.Request];
  } else {
    requests = bodies.map((body) => ({ ...request, body }));
  }
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    ...(once ? { amount: bodies.length } : { duration: options.seconds ?? 10 }),
    workers: 1,
    requests,
    // A GraphQL error comes back with status 200: count it as the failure it is.
    ...(options.url.endsWith('/graphql') ? { verifyBody: GRAPHQL_CHECK_HOOK as never } : {}),
  });
  const seconds = result.duration;
  return {
    name: options.name,
    requests: once ? result.requests.total / seconds : result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors + (result.mismatches ?? 0),
    total: result.requests.total,
    seconds,
  };
}

/**
 * A steady load at `rate` requests per second, measured three times over after two uncounted
 * seconds, reported by the run with the median p99 (all three p99s in its name). Now and then one
 * run's p99 on this machine reads several times another's at the same rate, the floor's as Parley's,
 * and a single run said more of when it ran than of the server. Beside each run's p99 go how late the
 * load generator itself was, how long the servers' event loop stalled, and how many full GCs the
 * servers' thread ran (README, "How to read them": a run with one is the run with the tail).
 */
export async function steadyLoad(options: LoadOptions & { rate: number }, runs = 3): Promise<Side> {
  const seconds = options.seconds ?? 10;
  const loader = await pacedLoader(options);
  try {
    // Not counted: both servers share this process, and after the other side's phase the first
    // second measured V8 tuning the shared code (pg, fastify) again; the load's thread warms too.
    await loader.run(options.rate, 2);
    const sides: Side[] = [];
    for (let i = 0; i < runs; i++) {
      const [side, serverStalls] = await watchingServers(() => loader.run(options.rate, seconds));
      sides.push({ ...side, serverStalls });
    }
    const median = [...sides].sort((a, b) => a.p99 - b.p99)[Math.floor(runs / 2)];
    const each = (of: (side: Side) => number | undefined) => sides.map((side) => of(side) ?? 0).join('/');
    return {
      ...median,
      name:
        `${options.name}, p99s ${each((s) => s.p99)} (generator late ≤ ${each((s) => s.generatorLate?.max)}; ` +
        `servers' loop stalled ≤ ${each((s) => s.serverStalls?.loopMax)}; full GCs ${each((s) => s.serverStalls?.fullGcs)})`,
      errors: sides.reduce((sum, s) => sum + s.errors, 0),
    };
  } finally {
    await loader.close();
  }
}

/** One line per side: req/s, p50, p99 and errors, aligned like the dashboard bench's. */
export function printSide(side: Side): void {
  console.log(
    `  ${side.name.padEnd(38)} ${side.requests.toFixed(0).padStart(6)} req/s  p50 ${String(side.p50).padStart(4)} ms  ` +
      `p99 ${String(side.p99).padStart(4)} ms  ${side.errors} errors  (${side.total} in ${side.seconds.toFixed(1)} s)` +
      (side.generatorLate
        ? `; sent late by the load generator itself: p99 ${side.generatorLate.p99} ms, up to ${side.generatorLate.max}`
        : '') +
      (side.serverStalls
        ? `; GC paused the servers up to ${side.serverStalls.gcMax} ms, ${side.serverStalls.gcTotal} ms in all, ${side.serverStalls.fullGcs} full`
        : ''),
  );
}

/** One of issue 14's targets, as measured. */
export interface TargetResult {
  target: string;
  measured: string;
  met: boolean;
}

/**
 * Prints a target's verdict and, when run under scripts/bench.mjs (BENCH_RESULTS names a file), hands
 * it over for the closing table.
 */
export function reportTarget(result: TargetResult): void {
  console.log(`  target: ${result.target}: ${result.measured}, ${result.met ? 'met' : 'NOT MET'}`);
  const file = process.env.BENCH_RESULTS;
  if (file) appendFileSync(file, `${JSON.stringify(result)}\n`);
}

/** The p-th percentile (0-100) of numbers, by nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** Runs a bench's main, printing any failure and exiting non-zero so the runner sees it. */
export function runBench(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}

/** A plaintiff's draft request for production of `items` numbered topics: what the benches serve. */
export async function draftRequests(
  client: GraphQLClient,
  parties: { caseId: string; servingPartyId: string; respondingPartyId: string },
  setNumber: number,
  items: number,
): Promise<string> {
  const draft = await draftSet(client, {
    ...parties,
    kind: 'PRODUCTION',
    title: `Request for Production, Set ${setNumber}`,
    items: Array.from({ length: items }, (_, i) => ({ text: `All documents concerning topic ${i + 1}.` })),
  });
  return draft.id as string;
}
