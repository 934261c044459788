// A constant-rate load in a worker thread (test/bench/support.ts, `rate`): the n-th request is due at
// start + n / rate whatever the earlier ones cost, and its latency counts from when it was due, so a
// server that falls behind shows it (no coordinated omission, as wrk2 measures). autocannon's own rate
// limit sends each connection's quota for a second in one burst at the second's start, which makes
// p99 at a steady load a measure of the burst, not of the server.
const { parentPort, workerData } = require('node:worker_threads');
const { performance } = require('node:perf_hooks');
const { Pool } = require('undici');

const { url, headers, bodies, rate, seconds, connections, graphql } = workerData;
const target = new URL(url);
const pool = new Pool(target.origin, { connections, pipelining: 1 });
const total = Math.max(1, Math.round(rate * seconds));
const latencies = [];
let errors = 0;
let sent = 0;
let finished = 0;
let started;

async function send(n, due) {
  try {
    const response = await pool.request({
      path: target.pathname,
      method: 'POST',
      headers,
      body: bodies[n % bodies.length],
    });
    const text = await response.body.text();
    // GraphQL answers an error with status 200: count it as the failure it is.
    if (response.statusCode !== 200 || (graphql && text.includes('"errors"'))) errors++;
  } catch {
    errors++;
  }
  latencies.push(performance.now() - due);
  if (++finished === total) finish();
}

function tick() {
  const now = performance.now();
  while (sent < total && started + (sent * 1000) / rate <= now) {
    const due = started + (sent * 1000) / rate;
    send(sent++, due);
  }
  if (sent < total) setTimeout(tick, Math.max(0, started + (sent * 1000) / rate - performance.now()));
}

function finish() {
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (p) => latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)];
  pool.close().finally(() =>
    parentPort.postMessage({
      requests: finished / elapsed,
      p50: Math.round(at(50)),
      p99: Math.round(at(99)),
      errors,
      total: finished,
      seconds: elapsed,
    }),
  );
}

started = performance.now();
tick();
