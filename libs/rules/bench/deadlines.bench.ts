// Throughput of computeDeadline, and the cost of the federal holiday table it reads.
// Run: node -r @swc-node/register libs/rules/bench/deadlines.bench.ts
import { isAHoliday } from '@18f/us-federal-holidays';
import { performance } from 'node:perf_hooks';
import { computeDeadline, CourtCalendar, DeadlineRequest, federalHolidays, SERVICE_METHODS } from '../src';
import { federalHolidayOn } from '../src/federal-holidays';

const COMPUTATIONS = 200_000;
const METHODS = [null, ...SERVICE_METHODS];

const calendar: CourtCalendar = {
  timeZone: 'America/Los_Angeles',
  extraDays: [
    {
      date: '2026-03-31',
      kind: 'STATE_HOLIDAY',
      source: 'California Government Code § 6700 (Cesar Chavez Day)',
    },
    {
      date: '2026-11-27',
      kind: 'STATE_HOLIDAY',
      source: 'California Government Code § 6700 (day after Thanksgiving)',
    },
    { date: '2026-12-24', kind: 'DECLARED_HOLIDAY', source: 'Executive order closing federal offices' },
    {
      date: '2027-03-31',
      kind: 'STATE_HOLIDAY',
      source: 'California Government Code § 6700 (Cesar Chavez Day)',
    },
  ],
};

// Deterministic mixed inputs: triggers across 2026-2035, periods of 1 to 365 days, every method, a fifth
// of them counted backward.
function requestAt(i: number): DeadlineRequest {
  const year = 2026 + (i % 10);
  const month = 1 + ((i * 7) % 12);
  const day = 1 + ((i * 13) % 28);
  const backward = i % 5 === 0;
  return {
    triggeredOn: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    days: 1 + ((i * 31) % 365),
    direction: backward ? 'BEFORE' : 'AFTER',
    method: backward ? null : METHODS[i % METHODS.length],
    filing: i % 7 === 0,
    calendar,
  };
}

function time<T>(run: () => T): [T, number] {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
}

// Building the holiday table: the first call for a year runs the library; later calls hit the cache.
const [, coldMs] = time(() => {
  for (let year = 2026; year <= 2045; year++) federalHolidays(year);
});
const [, warmMs] = time(() => {
  for (let year = 2026; year <= 2045; year++) federalHolidays(year);
});
console.log(
  `holiday table, 20 years (2026-2045): ${coldMs.toFixed(2)} ms to build, ${warmMs.toFixed(3)} ms cached`,
);

// One-day lookups: the per-year index (a Map per year) against asking the library each time, as a
// version without the cache would (it rebuilds two years of holidays with dayjs on every call).
const LOOKUPS = 100_000;
const lookupDates = Array.from({ length: LOOKUPS }, (_, i) => {
  const year = 2026 + (i % 20);
  return `${year}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
});
let found = 0;
const [, indexMs] = time(() => {
  for (const date of lookupDates) if (federalHolidayOn(date, Number(date.slice(0, 4)))) found++;
});
const UNCACHED = 5_000;
const [, libraryMs] = time(() => {
  for (const date of lookupDates.slice(0, UNCACHED)) if (isAHoliday(new Date(`${date}T12:00:00`))) found++;
});
const rate = (count: number, ms: number) => Math.round((count / ms) * 1000).toLocaleString('en-US');
console.log(
  `holiday lookups: ${rate(LOOKUPS, indexMs)} per second from the per-year index; ` +
    `${rate(UNCACHED, libraryMs)} per second asking the library each time (${found} holidays found)`,
);

const requests = Array.from({ length: COMPUTATIONS }, (_, i) => requestAt(i));
// Warm-up: lets V8 optimise, and fills the observed-day index for every year the run touches.
for (let i = 0; i < 20_000; i++) computeDeadline(requests[i]);

let checksum = 0;
const [, ms] = time(() => {
  for (const request of requests) checksum += computeDeadline(request).steps.length;
});
const perSecond = Math.round((COMPUTATIONS / ms) * 1000);
console.log(
  `computeDeadline: ${COMPUTATIONS.toLocaleString('en-US')} due dates in ${ms.toFixed(0)} ms = ` +
    `${perSecond.toLocaleString('en-US')} per second (${((ms * 1000) / COMPUTATIONS).toFixed(2)} µs each; ${checksum} steps)`,
);
