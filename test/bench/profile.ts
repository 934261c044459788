/**
 * BENCH_PROFILE=<file.cpuprofile>: a CPU profile of this process's main thread (where the servers run)
 * around one bench phase, written for Chrome's DevTools, and the functions and packages that took the
 * most of it printed: where a request's time goes (issue 14).
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

/** Runs `phase` under the profiler when BENCH_PROFILE names a file; otherwise just runs it. */
export async function profiled<T>(phase: () => Promise<T>): Promise<T> {
  const file = process.env.BENCH_PROFILE;
  if (!file) return phase();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  try {
    return await phase();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    writeFileSync(file, JSON.stringify(profile));
    printTop(profile.nodes as ProfileNode[]);
  }
}

/** Where a sample's own time went: a package, Node's internals, or the project's own code. */
function placeOf(url: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.startsWith('node:') || url === '') return url || '(native or idle)';
  const own = /\/(libs|apps)\/([^/]+)/.exec(url);
  return own ? `${own[1]}/${own[2]}` : url;
}

function printTop(nodes: ProfileNode[]): void {
  const total = nodes.reduce((sum, n) => sum + (n.hitCount ?? 0), 0);
  const busy = nodes
    .filter((n) => n.callFrame.functionName !== '(idle)')
    .reduce((sum, n) => sum + (n.hitCount ?? 0), 0);
  const tally = (key: (n: ProfileNode) => string) => {
    const counts = new Map<string, number>();
    for (const n of nodes) counts.set(key(n), (counts.get(key(n)) ?? 0) + (n.hitCount ?? 0));
    return [...counts].sort((a, b) => b[1] - a[1]).slice(0, 25);
  };
  const pct = (n: number) => `${((100 * n) / total).toFixed(1).padStart(5)}%`;
  console.log(`\n  Profile: ${total} samples, ${pct(busy)} busy. By place:`);
  for (const [place, n] of tally((node) => placeOf(node.callFrame.url)))
    console.log(`    ${pct(n)}  ${place}`);
  console.log('  By function:');
  for (const [fn, n] of tally(
    (node) =>
      `${node.callFrame.functionName || '(anonymous)'} ${placeOf(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`,
  ))
    console.log(`    ${pct(n)}  ${fn}`);
}
