import { MutationButton } from '../components/mutation-button';
import { graphql } from '../graphql/graphql';

const MARK_READ = graphql(`
  mutation MarkNoticesRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

/** Unread notices, newest first; marking them read clears exactly the ones shown, not any that came since. */
export function NewNotices({
  notices,
  onRead,
}: {
  notices: ReadonlyArray<{ id: string; message: string }>;
  onRead: () => void;
}) {
  return (
    <section aria-labelledby="notices-heading">
      <h2 id="notices-heading">New notices</h2>
      {notices.length === 0 ? (
        <p>No new notices.</p>
      ) : (
        <>
          <ul className="usa-list">
            {notices.map((n) => (
              <li key={n.id}>{n.message}</li>
            ))}
          </ul>
          <MutationButton
            document={MARK_READ}
            variables={{ ids: notices.map((n) => n.id) }}
            label="Mark these notices read"
            onDone={onRead}
          />
        </>
      )}
    </section>
  );
}
