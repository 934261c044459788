import { QueryFailedError } from 'typeorm';
import { safeError } from './safe-error';

describe('safeError', () => {
  it('keeps what failed and drops the values it failed on', () => {
    const driverError = Object.assign(
      new Error('duplicate key value violates unique constraint "users_email_key"'),
      {
        code: '23505',
        detail: 'Key (email)=(luckert@example.com) already exists.',
      },
    );
    const error = new QueryFailedError(
      'INSERT INTO "discovery_sets"("title") VALUES ($1)',
      ['Motion strategy: the warden’s emails'],
      driverError,
    );
    const logged = JSON.stringify(safeError(error));
    expect(logged).toContain('QueryFailedError');
    expect(logged).toContain('23505');
    expect(logged).toContain('INSERT INTO');
    expect(logged).not.toMatch(/warden|luckert@example\.com/);
  });

  it('leaves an ordinary error as pino would log it', () => {
    const error = new Error('Redis went away');
    expect(safeError(error)).toMatchObject({
      type: 'Error',
      message: 'Redis went away',
      stack: expect.any(String),
    });
  });
});
