import { startParley, Parley } from './support/test-app';
import { signUp } from './support/factories';

describe('smoke', () => {
  let parley: Parley;
  beforeAll(async () => {
    parley = await startParley();
  });
  afterAll(() => parley?.close());

  it('registers and reads me', async () => {
    const user = await signUp(parley, 'Jane Doe');
    const { me } = await user.client.ok('{ me { id email name role } }');
    expect(me).toMatchObject({ id: user.id, email: user.email, role: 'USER' });
  });
});
