import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { AnswerItem, EMPTY_ANSWER, ItemAnswer } from './answer-item';

const item = { id: 'i1', number: 3, text: 'Admit that you were in the yard.', subparts: 0 };

function Harness({ kind }: { kind: 'INTERROGATORIES' | 'ADMISSIONS' | 'PRODUCTION' }) {
  const [value, setValue] = useState<ItemAnswer>(EMPTY_ANSWER);
  return <AnswerItem kind={kind} item={item} value={value} onChange={(c) => setValue({ ...value, ...c })} />;
}

describe('one request’s answer fields', () => {
  it('an interrogatory takes an answer and objections, each labelled with its number', () => {
    render(<Harness kind="INTERROGATORIES" />);
    expect(screen.getByLabelText('Answer to No. 3')).toBeInTheDocument();
    expect(screen.getByLabelText(/Objections to No\. 3/)).toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
  });

  it('a request for admission asks why only when it can be neither admitted nor denied', async () => {
    render(<Harness kind="ADMISSIONS" />);
    expect(screen.getAllByRole('radio').map((r) => r.getAttribute('id'))).toEqual([
      'item-3-ADMIT',
      'item-3-DENY',
      'item-3-CANNOT_ADMIT_OR_DENY',
    ]);
    expect(screen.queryByLabelText('Why you cannot admit or deny No. 3')).not.toBeInTheDocument();
    await userEvent.click(screen.getByLabelText('Cannot admit or deny (say why)'));
    expect(screen.getByLabelText('Why you cannot admit or deny No. 3')).toBeInTheDocument();
    await userEvent.click(screen.getByLabelText('Deny'));
    expect(screen.queryByLabelText('Why you cannot admit or deny No. 3')).not.toBeInTheDocument();
  });

  it('a request for production offers the four answers Rule 34 allows, withholding everything among them', () => {
    render(<Harness kind="PRODUCTION" />);
    expect(
      screen.getByLabelText('Withholding every responsive document on the objections stated'),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('radio')).toHaveLength(4);
  });
});
