import { Label } from '@trussworks/react-uswds';
import { useState } from 'react';
import { spokenDate } from '../../components/dates';
import { Field } from '../../components/field';
import { ACCEPT_RESOLUTION, RESOLVE_DISPUTE } from './conferral-queries';
import { ActionForm } from '../../components/action-form';
import { DisputeView } from './dispute-queries';

function Proposal({ text, dueOn }: { text: string; dueOn: string | null }) {
  return (
    <p>
      “{text}”{dueOn ? ` The answers are to be supplemented by ${spokenDate(dueOn)}.` : ''}
    </p>
  );
}

/**
 * Settling the dispute: the moving side's record closes it; the responding side's is a proposal that
 * the moving side accepts (the API decides which, by the reader's side).
 */
export function Resolution({
  dispute,
  moving,
  name,
  onDone,
}: {
  dispute: DisputeView;
  /** The reader is on the moving (requesting) side. */
  moving: boolean;
  name: (partyId: string) => string;
  onDone: () => void;
}) {
  const [resolution, setResolution] = useState('');
  const [agreedDueOn, setAgreedDueOn] = useState('');
  const proposal = dispute.pendingResolution;
  return (
    <>
      {proposal && moving && (
        <ActionForm
          id="proposal"
          heading={`${name(proposal.proposedByPartyId)} proposes a resolution`}
          document={ACCEPT_RESOLUTION}
          variables={() => ({ proposalId: proposal.id })}
          button="Accept this resolution"
          onDone={onDone}
        >
          <Proposal text={proposal.resolution} dueOn={proposal.agreedDueOn} />
        </ActionForm>
      )}
      {proposal && !moving && (
        <section aria-labelledby="proposal-heading" className="margin-top-4">
          <h2 id="proposal-heading">Your proposed resolution</h2>
          <Proposal text={proposal.resolution} dueOn={proposal.agreedDueOn} />
          <p>Waiting for the other side to accept it; a new proposal replaces it.</p>
        </section>
      )}
      <ActionForm
        id="resolve"
        heading={moving ? 'Record what you agreed: this ends the dispute' : 'Propose a resolution'}
        document={RESOLVE_DISPUTE}
        variables={() => ({
          input: { disputeId: dispute.id, resolution, agreedDueOn: agreedDueOn || null },
        })}
        button={moving ? 'Record the resolution' : 'Propose this resolution'}
        onDone={onDone}
      >
        {!moving && <p>The other side ends the dispute by accepting it.</p>}
        <Field
          multiline
          id="resolve-text"
          label="What the parties agreed"
          value={resolution}
          onChange={setResolution}
        />
        <Label htmlFor="resolve-due" hint=" (optional)">
          The day the answers will be supplemented by
        </Label>
        <input
          className="usa-input"
          id="resolve-due"
          name="resolve-due"
          type="date"
          value={agreedDueOn}
          onChange={(e) => setAgreedDueOn(e.target.value)}
        />
      </ActionForm>
    </>
  );
}
