// A constant-rate load in a worker thread (test/bench/support.ts, `pacedLoader`): the n-th request is
// due at start + n / rate whatever the earlier ones cost, and its latency counts from when it was due,
// so a server that falls behind shows it (no coordinated omission, as wrk2 measures). autocannon's own
// rate limit sends each connection's quota for a second in one burst at the second's start, which
// makes p99 at a steady load a measure of the burst, not of the server.
//
// The client is a few lines over keep-alive sockets, each request's bytes built once, rather than
// undici: on two cores the load generator's every microsecond is taken from the servers it measures,
// and undici's per-request work put the "70%" load close to what the machine could carry at all.
//
// One thread serves every run of a steady load ({ rate, seconds } messages, one result each), over the
// same connections: a new thread's start (its isolate's boot, compiling this file, its first full
// GC) took the first few hundred milliseconds of each run, and was counted as the server's latency.
const { parentPort, workerData } = require('node:worker_threads');
const { performance } = require('node:perf_hooks');
const net = require('node:net');

const { url, headers, bodies, connections, graphql } = workerData;
const target = new URL(url);
const HEADER_END = Buffer.from('\r\n\r\n');
const CHUNKED_END = Buffer.from('\r\n0\r\n\r\n');
const ERRORS = Buffer.from('"errors"');

const requests = bodies.map((body) => {
  const content = Buffer.from(body);
  const lines = [`POST ${target.pathname} HTTP/1.1`, `Host: ${target.host}`, 'Connection: keep-alive'];
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  lines.push(`Content-Length: ${content.length}`);
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`), content]);
});

const idle = [];
/** The run in progress (its counters and queue), or null between runs. */
let run = null;

/** One keep-alive connection answering one request at a time. */
function connect() {
  const socket = net.connect(Number(target.port), target.hostname);
  socket.setNoDelay(true);
  let due = 0;
  let busy = false;
  let buffer = Buffer.alloc(0);
  socket.send = (request, when) => {
    due = when;
    busy = true;
    socket.write(request);
  };
  socket.on('data', (chunk) => {
    buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
    const headerEnd = buffer.indexOf(HEADER_END);
    if (headerEnd < 0) return;
    const head = buffer.subarray(0, headerEnd).toString('latin1');
    const length = /\r\ncontent-length: *(\d+)/i.exec(head);
    const bodyStart = headerEnd + 4;
    let end;
    if (length) {
      end = bodyStart + Number(length[1]);
      if (buffer.length < end) return;
    } else {
      const last = buffer.indexOf(CHUNKED_END, bodyStart - 2);
      if (last < 0) return;
      end = last + CHUNKED_END.length;
    }
    const status = Number(head.slice(9, 12));
    if (status !== 200 || (graphql && buffer.subarray(bodyStart, end).includes(ERRORS))) run.errors++;
    buffer = buffer.subarray(end);
    busy = false;
    answered(socket, due);
  });
  // A connection lost mid-request: that request failed; a fresh connection takes its place.
  socket.on('error', () => undefined);
  socket.on('close', () => {
    const index = idle.indexOf(socket);
    if (index >= 0) idle.splice(index, 1);
    if (busy && run) {
      run.errors++;
      answered(connect(), due);
    } else idle.push(connect());
  });
  return socket;
}

function answered(socket, due) {
  run.latencies.push(performance.now() - due);
  if (++run.finished === run.total) {
    idle.push(socket);
    return finish();
  }
  const next = run.waiting.shift();
  if (next) socket.send(requests[next.n % requests.length], next.due);
  else idle.push(socket);
}

function tick() {
  const { started, rate, total } = run;
  const now = performance.now();
  while (run.sent < total && started + (run.sent * 1000) / rate <= now) {
    const due = started + (run.sent * 1000) / rate;
    const n = run.sent++;
    const socket = idle.pop();
    // With every connection busy the request waits, its latency still counted from when it was due.
    if (socket) {
      // How late this thread itself sent the requests it could send at once (a free connection
      // waiting): when the whole machine stalls, the load generator stalls with the servers.
      run.sentLate.push(now - due);
      socket.send(requests[n % requests.length], due);
    } else run.waiting.push({ n, due });
  }
  if (run.sent < total) setTimeout(tick, Math.max(0, started + (run.sent * 1000) / rate - performance.now()));
}

function finish() {
  const { latencies, sentLate, started, finished, errors } = run;
  const elapsed = (performance.now() - started) / 1000;
  run = null;
  latencies.sort((a, b) => a - b);
  sentLate.sort((a, b) => a - b);
  const of = (values, p) =>
    values[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)] ?? 0;
  parentPort.postMessage({
    requests: finished / elapsed,
    p50: Math.round(of(latencies, 50)),
    p99: Math.round(of(latencies, 99)),
    errors,
    total: finished,
    seconds: elapsed,
    generatorLate: { p99: Math.round(of(sentLate, 99)), max: Math.round(of(sentLate, 100)) },
  });
}

parentPort.on('message', ({ rate, seconds }) => {
  const total = Math.max(1, Math.round(rate * seconds));
  run = { rate, total, sent: 0, finished: 0, errors: 0, latencies: [], sentLate: [], waiting: [] };
  run.started = performance.now();
  tick();
});

for (let i = 0; i < connections; i++) idle.push(connect());
parentPort.postMessage('ready');
