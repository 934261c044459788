import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubClientReading } from '../../test-client';
import { ConferralPolicy } from './conferral-policy';
import { Policy } from './housekeeping-queries';

const PARTIES = [
  { id: 'ortiz', name: 'M. Ortiz' },
  { id: 'brannon', name: 'Brannon Corrections LLC' },
];
const DEFAULT: Policy = {
  caseId: 'case-1',
  isDefault: true,
  lettersQualify: false,
  source: 'Default: conferral is by direct dialogue.',
  pending: null,
};

function renderPolicy(policy: Policy, ...answers: Parameters<typeof stubClientReading>[1][]) {
  const stub = stubClientReading(() => ({ conferralPolicy: policy }), ...answers);
  render(stub.wrap(<ConferralPolicy caseId="case-1" parties={PARTIES} />));
  return stub;
}

describe('what counts as conferral', () => {
  it('states the rule in effect with its source, and a pending stipulation apart from it', () => {
    renderPolicy({
      ...DEFAULT,
      pending: {
        id: 'x1',
        lettersQualify: true,
        source: 'Stipulation, Dkt. 12, ¶ 3',
        agreedPartyIds: ['brannon'],
        proposedByPartyId: 'brannon',
      },
    });
    expect(
      screen.getByText(
        /^In effect: Only talking counts as conferral.*Where this comes from: Default: conferral is by direct dialogue\.$/,
      ),
    ).toBeVisible();
    expect(
      screen.getByText(
        /^Proposed, not in effect until every party stipulates the same: An exchange of letters.*Stipulated so far by Brannon Corrections LLC\.$/,
      ),
    ).toBeVisible();
    expect(
      screen.getByText('It takes effect when every party has stipulated the same (FRCP 29).'),
    ).toBeVisible();
  });

  it('sends the choice and the source, and keeps them when the API refuses', async () => {
    const { executeMutation } = renderPolicy(DEFAULT, {
      refusal: { message: 'source must say where the stipulation or order comes from' },
    });
    await userEvent.click(screen.getByLabelText('No: only talking counts'));
    await userEvent.type(screen.getByLabelText(/^Where the rule comes from/), 'Dkt. 12');
    await userEvent.click(screen.getByRole('button', { name: 'Stipulate to this rule of conferral' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('source must say where');
    expect(executeMutation.mock.calls[0][0].variables).toEqual({
      input: { caseId: 'case-1', lettersQualify: false, source: 'Dkt. 12' },
    });
    expect(screen.getByLabelText('No: only talking counts')).toBeChecked();
    expect(screen.getByLabelText(/^Where the rule comes from/)).toHaveValue('Dkt. 12');
  });
});
