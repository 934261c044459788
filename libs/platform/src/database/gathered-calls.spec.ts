import { gatheredCalls } from './gathered-calls';

describe('gatheredCalls', () => {
  it('runs the calls made within the wait as one batch, answering each its own value', async () => {
    const run = jest.fn(async (keys: readonly number[]) => keys.map((k) => k * 10));
    const call = gatheredCalls(run, 5);
    const answers = await Promise.all([call(1), call(2), call(2), call(3)]);
    expect(answers).toEqual([10, 20, 20, 30]);
    expect(run).toHaveBeenCalledTimes(1);
    expect(run.mock.calls[0][0]).toEqual([1, 2, 2, 3]);
  });

  it('waits for the calls that come a little later, and starts a new batch after the wait', async () => {
    const run = jest.fn(async (keys: readonly string[]) => keys.map((k) => k.toUpperCase()));
    const call = gatheredCalls(run, 20);
    const first = call('a');
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = call('b');
    expect(await Promise.all([first, second])).toEqual(['A', 'B']);
    expect(await call('c')).toBe('C');
    expect(run.mock.calls.map(([keys]) => keys)).toEqual([['a', 'b'], ['c']]);
  });

  it('fails one call with its own error and the rest of the batch with none', async () => {
    const call = gatheredCalls(
      async (keys: readonly number[]) => keys.map((k) => (k < 0 ? new Error(`no ${k}`) : k)),
      1,
    );
    const [good, bad] = await Promise.allSettled([call(1), call(-1)]);
    expect(good).toEqual({ status: 'fulfilled', value: 1 });
    expect(bad).toEqual({ status: 'rejected', reason: new Error('no -1') });
  });

  it('fails every call of a batch whose statement fails, and the next batch runs anew', async () => {
    let fail = true;
    const call = gatheredCalls(async (keys: readonly number[]) => {
      if (fail) throw new Error('connection lost');
      return [...keys];
    }, 1);
    const settled = await Promise.allSettled([call(1), call(2)]);
    expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    expect(await call(3)).toBe(3);
  });

  it('splits a batch larger than its bound', async () => {
    const run = jest.fn(async (keys: readonly number[]) => [...keys]);
    const call = gatheredCalls(run, 1, 2);
    expect(await Promise.all([1, 2, 3, 4, 5].map(call))).toEqual([1, 2, 3, 4, 5]);
    expect(run.mock.calls.map(([keys]) => keys)).toEqual([[1, 2], [3, 4], [5]]);
  });
});
