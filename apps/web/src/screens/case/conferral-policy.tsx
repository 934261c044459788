import { Fieldset, Radio } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useQuery } from 'urql';
import { ActionForm } from '../../components/action-form';
import { Field } from '../../components/field';
import { CONFERRAL_POLICY, namesOf, PartyName, SET_CONFERRAL_POLICY } from './housekeeping-queries';

const counts = (lettersQualify: boolean) =>
  lettersQualify
    ? 'An exchange of letters, at least one each way, counts as conferral, as well as talking.'
    : 'Only talking counts as conferral (in person, by telephone or by video); letters alone do not.';

/**
 * What counts as meeting and conferring in the case (FRCP 37(a)(1)), as the API states it, and a
 * party's stipulation to change it, which binds once every party has stipulated the same (FRCP 29).
 */
export function ConferralPolicy({ caseId, parties }: { caseId: string; parties: readonly PartyName[] }) {
  const [{ data, error }, reload] = useQuery({ query: CONFERRAL_POLICY, variables: { caseId } });
  const [letters, setLetters] = useState(true);
  const [source, setSource] = useState('');
  const policy = data?.conferralPolicy;
  return (
    <section aria-labelledby="conferral-heading" className="margin-top-4">
      <h2 id="conferral-heading">What counts as conferral</h2>
      {error && (
        <p className="usa-error-message">The conferral rule could not be loaded. Reload to try again.</p>
      )}
      {!policy && !error && <p aria-live="polite">Loading what counts as conferral…</p>}
      {policy && (
        <>
          <p>
            In effect: {counts(policy.lettersQualify)} Where this comes from: {policy.source}
          </p>
          {policy.pending && (
            <p>
              Proposed, not in effect until every party stipulates the same:{' '}
              {counts(policy.pending.lettersQualify)} Where this comes from: {policy.pending.source}.
              Stipulated so far by {namesOf(policy.pending.agreedPartyIds, parties)}.
            </p>
          )}
        </>
      )}
      <ActionForm
        level={3}
        id="conferral"
        heading="Stipulate to what counts as conferral"
        document={SET_CONFERRAL_POLICY}
        variables={() => ({ input: { caseId, lettersQualify: letters, source } })}
        button="Stipulate to this rule of conferral"
        onDone={() => {
          setSource('');
          reload({ requestPolicy: 'network-only' });
        }}
      >
        <p className="usa-hint">It takes effect when every party has stipulated the same (FRCP 29).</p>
        <Fieldset legend="Does an exchange of letters count?">
          <Radio
            id="conferral-letters-yes"
            name="conferral-letters"
            label="Yes: letters, one each way, count as conferral"
            checked={letters}
            onChange={() => setLetters(true)}
          />
          <Radio
            id="conferral-letters-no"
            name="conferral-letters"
            label="No: only talking counts"
            checked={!letters}
            onChange={() => setLetters(false)}
          />
        </Fieldset>
        <Field
          id="conferral-source"
          label="Where the rule comes from"
          hint="for example, Stipulation of the parties, Dkt. 12, ¶ 3"
          value={source}
          onChange={setSource}
        />
      </ActionForm>
    </section>
  );
}
