/**
 * The rules library's computations per second (issue 14; target: at least 500,000 a second).
 *
 *   node -r @swc-node/register test/bench/rules.bench.ts [seconds, default 3]
 *
 * The hot functions are computeDeadline, which every served set, response, extension, court calendar
 * change and `explainDeadline` runs (FRCP 6(a) counting with the federal holidays and the court's own
 * days, 6(d)'s three days, every step worded for a reader), and legalHoliday, the one-day check behind
 * the calendar screens. Inputs are mixed and deterministic: triggers across 2026-2035, periods of 1 to
 * 365 days, every service method, a fifth counted backward, a seventh filings, on a court with state,
 * declared and inaccessible days. libs/rules/bench/deadlines.bench.ts measures the holiday table too.
 */
import { performance } from 'node:perf_hooks';
import {
  computeDeadline,
  CourtCalendar,
  DeadlineRequest,
  legalHoliday,
  SERVICE_METHODS,
} from '@parley/rules';
import { reportTarget, runBench } from './support';

const TARGET = 500_000;
const INPUTS = 100_000;
const METHODS = [null, ...SERVICE_METHODS];

const calendar: CourtCalendar = {
  timeZone: 'America/Los_Angeles',
  extraDays: [
    { date: '2026-03-31', kind: 'STATE_HOLIDAY', source: 'Cal. Gov. Code § 6700(a)(7): Cesar Chavez Day' },
    { date: '2026-11-27', kind: 'STATE_HOLIDAY', source: 'Cal. Code Civ. Proc. § 135' },
    { date: '2026-12-24', kind: 'DECLARED_HOLIDAY', source: 'Executive order closing federal offices' },
    { date: '2027-01-15', kind: 'CLERK_OFFICE_INACCESSIBLE', source: 'CM/ECF outage' },
    { date: '2027-03-31', kind: 'STATE_HOLIDAY', source: 'Cal. Gov. Code § 6700(a)(7): Cesar Chavez Day' },
  ],
};

const pad = (n: number) => String(n).padStart(2, '0');

function requestAt(i: number): DeadlineRequest {
  const backward = i % 5 === 0;
  return {
    triggeredOn: `${2026 + (i % 10)}-${pad(1 + ((i * 7) % 12))}-${pad(1 + ((i * 13) % 28))}`,
    days: 1 + ((i * 31) % 365),
    direction: backward ? 'BEFORE' : 'AFTER',
    method: backward ? null : METHODS[i % METHODS.length],
    filing: i % 7 === 0,
    calendar,
  };
}

/** Runs `work` over the inputs for about `seconds`, after a warm-up; returns calls per second. */
function measure<T>(
  inputs: readonly T[],
  seconds: number,
  work: (input: T) => number,
): { rate: number; checksum: number } {
  let checksum = 0;
  for (let i = 0; i < Math.min(20_000, inputs.length); i++) checksum += work(inputs[i]);
  let calls = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  while (performance.now() < end) {
    for (const input of inputs) checksum += work(input);
    calls += inputs.length;
  }
  return { rate: (calls / (performance.now() - start)) * 1000, checksum };
}

async function main(): Promise<void> {
  const seconds = Number(process.argv[2] ?? 3);
  const requests = Array.from({ length: INPUTS }, (_, i) => requestAt(i));
  const days = requests.map((r) => ({ date: r.triggeredOn, direction: r.direction ?? 'AFTER' }));
  const deadlines = measure(requests, seconds, (r) => computeDeadline(r).steps.length);
  const holidays = measure(days, Math.max(1, seconds / 3), (d) =>
    legalHoliday(d.date, calendar, d.direction) ? 1 : 0,
  );
  const format = (rate: number) => Math.round(rate).toLocaleString('en-US');
  console.log(`\nThe rules library, one thread, Node ${process.version}`);
  console.log(
    `  computeDeadline  ${format(deadlines.rate).padStart(11)} per second  (${(1e6 / deadlines.rate).toFixed(2)} µs each, with every step worded)`,
  );
  console.log(`  legalHoliday     ${format(holidays.rate).padStart(11)} per second`);
  reportTarget({
    target: `rules ≥ ${format(TARGET)} computeDeadline/s`,
    measured: `${format(deadlines.rate)}/s`,
    met: deadlines.rate >= TARGET,
  });
}

runBench(main);
