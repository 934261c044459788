// autocannon's setupRequest hook for writes that cannot be repeated (test/bench/support.ts, `once`):
// each request takes the next body of the list in BENCH_BODIES_FILE, so no set is served twice.
// autocannon builds a request ahead of sending it, so the list may run out before the last one is
// sent; what it builds then is a harmless read that is never sent (it stops at `amount`).
const { readFileSync } = require('node:fs');

const bodies = JSON.parse(readFileSync(process.env.BENCH_BODIES_FILE, 'utf8'));
let next = 0;

module.exports = function nextBody(request) {
  const body = next < bodies.length ? bodies[next++] : '{"query":"{ __typename }"}';
  return { ...request, body };
};
