import { connect, Socket } from 'node:net';
import { once } from 'node:events';
import { startParley } from './support/test-app';

/**
 * Stopping the API lets requests in flight finish, but a client that stalls mid-request (here: a
 * body announced and never sent) is cut after HTTP_SHUTDOWN_GRACE_MS, so a rolling restart ends
 * within its grace period instead of waiting minutes for Node's request timeout.
 */
describe('shutdown', () => {
  it('cuts a stalled request after the grace period instead of waiting for it', async () => {
    const parley = await startParley({ worker: false, env: { HTTP_SHUTDOWN_GRACE_MS: '200' } });
    const { hostname, port } = new URL(parley.baseUrl);
    const socket: Socket = connect(Number(port), hostname);
    await once(socket, 'connect');
    socket.write(
      'POST /graphql HTTP/1.1\r\nHost: parley\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"query":',
    );
    // The request is in flight: the server read its head and waits for the rest of its body.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const closed = once(socket, 'close');
    await parley.close();
    await closed;
    expect(socket.destroyed).toBe(true);
  });
});
