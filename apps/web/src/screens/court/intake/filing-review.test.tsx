import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { stubClient } from '../../../test-client';
import { FilingVerdict, OrderForm } from './filing-review';
import { Filing } from './intake-queries';

vi.mock('@tanstack/react-router', () => ({ Link: ({ children }: { children: unknown }) => children }));

const FILING: Filing = {
  id: 'f1',
  caseId: 'c1',
  kind: 'DISCOVERY_FILED_WITH_COURT',
  status: 'READY_FOR_ORDER',
  receivedOn: '2026-11-20',
  mailedOn: '2026-11-16',
  caption: 'Luckert v. Haskins',
  docketNumber: 'C 15-0311 EDL (PR)',
  fromParty: { id: 'luckert', name: 'Luckert' },
  documentId: 'd1',
  certificationPage: null,
  recordedBy: 'Clerk',
  responseDueOn: null,
  respondentParty: null,
  itemIds: [],
  notServed: null,
  position: null,
  verdict: {
    open: false,
    missing: [
      { code: 'ITEM_NOT_SERVED', explanation: 'Send requests to the other party, not to the court.' },
      { code: 'NO_CERTIFICATION', explanation: 'Certify that you conferred.' },
    ],
    explanation: 'x',
  },
  proposedOrder: 'The request for discovery is VACATED.\n\nIT IS SO ORDERED.',
  orderText: null,
  outcome: null,
  escalation: null,
};

describe('the clerk’s review of a paper filed with the court', () => {
  it('says each element the record lacks, in words', () => {
    render(<FilingVerdict filing={FILING} />);
    expect(screen.getByText('Send requests to the other party, not to the court.')).toBeInTheDocument();
    expect(screen.getByText('Certify that you conferred.')).toBeInTheDocument();
  });

  it('enters the proposed order as edited, vacated for discovery sent to the court', async () => {
    const entered = vi.fn();
    const { wrap, executeMutation } = stubClient({
      data: { enterOrderOnPaperFiling: { id: 'f1', outcome: 'VACATED' } },
    });
    render(wrap(<OrderForm filing={FILING} onEntered={entered} />));
    const text = screen.getByLabelText(/^Text of the order/);
    expect(text).toHaveValue('The request for discovery is VACATED.\n\nIT IS SO ORDERED.');
    await userEvent.type(text, ' Served by mail.');
    await userEvent.click(screen.getByRole('button', { name: 'Enter the order' }));
    expect(executeMutation.mock.calls[0][0].variables).toEqual({
      input: {
        paperFilingId: 'f1',
        orderText: 'The request for discovery is VACATED.\n\nIT IS SO ORDERED. Served by mail.',
        outcome: 'VACATED',
      },
    });
    expect(entered).toHaveBeenCalled();
  });

  it('sends a motion on a full record to the docket instead', () => {
    const { wrap } = stubClient();
    render(
      wrap(
        <OrderForm
          filing={{ ...FILING, kind: 'MOTION_TO_COMPEL', escalation: { id: 'e1', status: 'SUBMITTED' } }}
          onEntered={vi.fn()}
        />,
      ),
    );
    expect(screen.getByText(/rule on it there/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Enter the order' })).not.toBeInTheDocument();
  });
});
