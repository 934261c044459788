import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
  messageId: string | null;
  subject: string | null;
}

/**
 * A real SMTP server on a free loopback port, keeping every message it accepts. `refuseNext(n)`
 * answers the next n messages 451, as a mail server short of resources for a while would.
 */
export async function startSmtpSink(): Promise<{
  url: string;
  messages: ReceivedMail[];
  refuseNext(count: number): void;
  close(): Promise<void>;
}> {
  const messages: ReceivedMail[] = [];
  let refusals = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (refusals > 0) {
          refusals--;
          return callback(Object.assign(new Error('Insufficient system storage'), { responseCode: 451 }));
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        messages.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          messageId: /^Message-ID:\s*(.+)$/im.exec(raw)?.[1].trim() ?? null,
          subject: /^Subject:\s*(.+)$/im.exec(raw)?.[1].trim() ?? null,
        });
        callback();
      });
    },
  });
  // A sender killed mid-message (a worker under SIGKILL) resets its connection: a real server logs it
  // and carries on, and so must this one rather than fail the test file with an unhandled error.
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    refuseNext: (count) => void (refusals = count),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface ReceivedHook {
  headers: IncomingMessage['headers'];
  body: string;
  json: any;
}

/**
 * An HTTP endpoint for webhooks. `failNext(n)` answers the next n calls with 503, as an endpoint that
 * is down for a while would.
 */
export async function startWebhookSink(): Promise<{
  url: string;
  received: ReceivedHook[];
  attempts: number;
  failNext(n: number): void;
  close(): Promise<void>;
}> {
  const received: ReceivedHook[] = [];
  let failing = 0;
  const state = { attempts: 0 };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    // A caller killed mid-request: nothing arrived, nothing to record.
    req.on('error', () => undefined);
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      state.attempts += 1;
      if (failing > 0) {
        failing -= 1;
        res.writeHead(503).end('down');
        return;
      }
      const body = Buffer.concat(chunks).toString('utf8');
      received.push({ headers: req.headers, body, json: JSON.parse(body) });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/parley`,
    received,
    get attempts() {
      return state.attempts;
    },
    failNext(n: number) {
      failing = n;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
