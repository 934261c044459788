import { Button } from '@trussworks/react-uswds';
import { useState } from 'react';
import { MutationButton } from '../../components/mutation-button';
import { WITHDRAW_SET } from './housekeeping-queries';

/**
 * Withdraw a served set, in two steps: withdrawing cannot be undone and cancels the other side's
 * deadline, so the first click only asks. Whether the set may still be withdrawn is the API's call.
 */
export function WithdrawSet({ set }: { set: { id: string; title: string } }) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <Button type="button" outline onClick={() => setAsking(true)}>
        Withdraw “{set.title}”
      </Button>
    );
  }
  return (
    <div role="group" aria-label={`Withdraw “${set.title}”?`} className="margin-top-1">
      <p className="margin-y-1">Withdraw “{set.title}” for good? Its response deadline is cancelled.</p>
      <MutationButton
        document={WITHDRAW_SET}
        variables={{ setId: set.id }}
        label={`Yes, withdraw “${set.title}”`}
        secondary
        onDone={() => setAsking(false)}
      />
      <Button type="button" unstyled className="margin-top-1" onClick={() => setAsking(false)}>
        Keep “{set.title}”
      </Button>
    </div>
  );
}
