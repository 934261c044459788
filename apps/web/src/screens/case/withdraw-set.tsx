import { ConfirmedMutation } from '../../components/confirmed-mutation';
import { WITHDRAW_SET } from './housekeeping-queries';

/**
 * Withdraw a served set: it cannot be undone and cancels the other side's deadline, so it is asked
 * first. Whether the set may still be withdrawn is the API's call.
 */
export function WithdrawSet({ set }: { set: { id: string; title: string } }) {
  return (
    <ConfirmedMutation
      document={WITHDRAW_SET}
      variables={{ setId: set.id }}
      ask={`Withdraw “${set.title}”`}
      question={`Withdraw “${set.title}” for good? Its response deadline is cancelled.`}
      yes={`Yes, withdraw “${set.title}”`}
      keep={`Keep “${set.title}”`}
    />
  );
}
