import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../graphql/graphql';

const MEASURE = graphql(`
  query MeasureJointLetter($input: MeasureJointLetterInput!) {
    measureJointLetter(input: $input) {
      pages
      limit
      yourShare
    }
  }
`);

/** Wait for a pause in the typing: the API renders the whole letter to count its pages. */
const PAUSE_MS = 600;

function words({ pages, limit, yourShare }: { pages: number; limit: number; yourShare: number }) {
  const letter = `With your part, the joint letter runs to ${pages} page${pages === 1 ? '' : 's'}`;
  if (pages > yourShare) {
    return `${letter}: more than the ${yourShare} your part may take it to (the court allows ${limit}). Shorten it before sending.`;
  }
  return yourShare < limit
    ? `${letter}. You may take it to ${yourShare} of the court’s ${limit}, leaving room for the other side.`
    : `${letter} of the court’s ${limit}.`;
}

/** The joint letter's page count as a side writes its part, measured by the API on the rendered letter. */
export function LetterLength({
  disputeId,
  position,
  compromise,
}: {
  disputeId: string;
  position: string;
  compromise: string;
}) {
  const [typed, setTyped] = useState({ position, compromise });
  useEffect(() => {
    const timer = setTimeout(() => setTyped({ position, compromise }), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [position, compromise]);
  const [{ data, error }] = useQuery({
    query: MEASURE,
    variables: { input: { disputeId, position: typed.position, compromise: typed.compromise || null } },
    pause: !typed.position.trim(),
    requestPolicy: 'network-only',
  });
  const gate = error?.graphQLErrors.some((e) => e.extensions?.code === 'ESCALATION_GATE');
  const text = !position.trim()
    ? 'The page count shows as you write.'
    : gate
      ? 'The page count shows once your conferral counts (the checklist says what is missing).'
      : data
        ? words(data.measureJointLetter)
        : '';
  return (
    <p className="usa-hint" role="status" aria-live="polite">
      {text}
    </p>
  );
}
