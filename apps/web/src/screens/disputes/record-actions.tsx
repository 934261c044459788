import { useState } from 'react';
import { Field } from '../../components/field';
import { CONFIRM_CONFERENCE, CONTEST_CONFERENCE } from './conferral-queries';
import { ActionForm } from '../../components/action-form';
import { ConferralEventView } from './dispute-queries';

/** The other side's record of a conference (or of your absence): confirm it, or say what it gets wrong. */
export function ConfirmOrContest({ event, onDone }: { event: ConferralEventView; onDone: () => void }) {
  const [reason, setReason] = useState('');
  const what = event.kind === 'NO_SHOW' ? 'record of your absence' : 'record of the conference';
  return (
    <>
      <ActionForm
        level={3}
        id={`confirm-${event.id}`}
        heading={`Is this ${what} right?`}
        document={CONFIRM_CONFERENCE}
        variables={() => ({ eventId: event.id })}
        button="Confirm this record"
        onDone={onDone}
      />
      <ActionForm
        level={3}
        id={`contest-${event.id}`}
        heading="Or contest it"
        document={CONTEST_CONFERENCE}
        variables={() => ({ input: { eventId: event.id, reason } })}
        button="Contest this record"
        onDone={onDone}
      >
        <Field
          multiline
          id={`contest-${event.id}-reason`}
          label="What the record gets wrong (the court reads this)"
          value={reason}
          onChange={setReason}
        />
      </ActionForm>
    </>
  );
}
