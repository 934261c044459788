import { LookupFunction } from 'node:net';
import { Agent, request } from 'undici';
import {
  checkWebhookUrl,
  ResolvedAddress,
  Resolver,
  systemResolver,
  WebhookTarget,
} from './webhook-url.policy';

export interface WebhookPost {
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
}

/** The HTTP status when an answer came, and what went wrong unless it was a 2xx. */
export interface WebhookOutcome {
  status: number | null;
  error: string | null;
}

/**
 * Answers every look-up with the addresses the policy judged, whatever name is asked: the socket can
 * then only reach an address that passed, however the name resolves by now (DNS rebinding).
 */
export function pinnedLookup(addresses: readonly ResolvedAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    const family =
      options.family === 4 || options.family === 'IPv4'
        ? 4
        : options.family === 6 || options.family === 'IPv6'
          ? 6
          : 0;
    const usable = addresses.filter((a) => !family || a.family === family);
    if (usable.length === 0) {
      const error: NodeJS.ErrnoException = new Error(`no checked IPv${family} address`);
      error.code = 'ENOTFOUND';
      callback(error, '', 0);
    } else if (options.all)
      callback(
        null,
        usable.map((a) => ({ ...a })),
      );
    else callback(null, usable[0].address, usable[0].family);
  };
}

/** POSTs to a checked target over a connection pinned to its checked addresses; never follows redirects. */
async function postPinned(target: WebhookTarget, post: WebhookPost): Promise<WebhookOutcome> {
  // An agent per delivery: no pooled socket, opened for another look-up, can carry this request.
  const agent = new Agent({ connect: { lookup: pinnedLookup(target.addresses) } });
  try {
    const response = await request(target.url, {
      dispatcher: agent,
      method: 'POST',
      headers: post.headers,
      body: post.body,
      signal: AbortSignal.timeout(post.timeoutMs),
    });
    await response.body.dump();
    const status = response.statusCode;
    return { status, error: status >= 200 && status < 300 ? null : `HTTP ${status}` };
  } catch (e) {
    return { status: null, error: (e as Error).message };
  } finally {
    await agent.destroy();
  }
}

/**
 * The one way a webhook leaves Parley: resolve once, judge with the same policy that admitted the
 * endpoint, then send to exactly the addresses judged.
 */
export async function sendWebhook(
  url: string,
  allowPrivate: boolean,
  post: WebhookPost,
  resolve: Resolver = systemResolver,
): Promise<WebhookOutcome> {
  const checked = await checkWebhookUrl(url, allowPrivate, resolve);
  if ('problem' in checked) return { status: null, error: checked.problem };
  return postPinned(checked.target, post);
}
