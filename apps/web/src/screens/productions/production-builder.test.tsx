import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SessionApi, SessionContext } from '../../session/session-context';
import { stubClient } from '../../test-client';
import { ProductionBuilder } from './production-builder-screen';

const navigate = vi.fn();
vi.mock('@tanstack/react-router', () => ({
  Link: ({ children }: { children: unknown }) => children,
  useNavigate: () => navigate,
}));

const SET = {
  id: 'rfp',
  caseId: 'c1',
  kind: 'PRODUCTION' as const,
  title: 'Plaintiff’s First Request for Production of Documents',
  status: 'SERVED' as const,
  servingParty: { id: 'luckert', name: 'Luckert' },
  respondingParty: { id: 'brannon', name: 'J. Brannon' },
  items: [
    { id: 'i1', number: 1, text: 'The incident report of March 14, 2012.' },
    { id: 'i2', number: 2, text: 'Every use-of-force review concerning Plaintiff.' },
  ],
};

const PHOTO = {
  id: 'photo',
  filename: 'Yard photo.png',
  pages: null,
  producedAs: 'DEF0000004 (volume DEF001)',
};

/** Each upload answers with the next file, as POST /documents does. */
function renderBuilder(...answers: Parameters<typeof stubClient>) {
  const stub = stubClient(...answers);
  const uploads = [
    { id: 'review', filename: 'Use-of-force review.pdf', pages: 2 },
    { id: 'log', filename: 'Yard log.pdf', pages: 2 },
  ];
  const uploadWithSession = vi.fn(async (_path: string, form: FormData) => {
    const kept = uploads.shift();
    return form.get('partyId') === 'brannon' && kept
      ? { status: 201, body: kept }
      : { status: 403, body: {} };
  });
  const session = { uploadWithSession } as unknown as SessionApi;
  render(
    <SessionContext.Provider value={session}>
      {stub.wrap(<ProductionBuilder set={SET} files={[PHOTO]} prefix="DEF" drafts={[]} />)}
    </SessionContext.Provider>,
  );
  return { ...stub, uploadWithSession };
}

async function uploadBoth() {
  await userEvent.upload(screen.getByLabelText(/^Add files to produce/), [
    new File(['%PDF-1.7'], 'Use-of-force review.pdf', { type: 'application/pdf' }),
    new File(['%PDF-1.7'], 'Yard log.pdf', { type: 'application/pdf' }),
  ]);
  await screen.findByText(/Kept for your side only: Use-of-force review\.pdf, Yard log\.pdf/);
}

const answers = (file: string) =>
  screen.getByRole('group', { name: new RegExp(`^Requests it answers\\W+${file}`) });
const request = (n: number) => screen.getByRole('heading', { name: `No. ${n}` }).closest('li') as HTMLElement;

describe('putting a production together', () => {
  it('offers both files of one upload, and sends the ones answering a request with their designation', async () => {
    const { executeMutation } = renderBuilder({ data: { createProduction: { id: 'p1' } } });
    await uploadBoth();
    // A drop on No. 2: the page knows which file is dragged.
    fireEvent.dragStart(screen.getByRole('heading', { name: 'Use-of-force review.pdf' }), {
      dataTransfer: { setData: () => undefined },
    });
    fireEvent.dragOver(request(2), { dataTransfer: {} });
    fireEvent.drop(request(2), { dataTransfer: {} });
    expect(within(request(2)).getByText('Use-of-force review.pdf')).toBeInTheDocument();
    expect(within(answers('Use-of-force review')).getByLabelText('No. 2')).toBeChecked();
    // The same without a mouse: the yard log's own box for No. 1.
    await userEvent.click(within(answers('Yard log')).getByLabelText('No. 1'));
    await userEvent.selectOptions(
      screen.getByLabelText('Designation of Use-of-force review.pdf'),
      'Confidential',
    );
    expect(screen.getByText('Yard log.pdf answers No. 1.')).toHaveAttribute('role', 'status');
    await userEvent.click(screen.getByRole('button', { name: 'Put the production together' }));
    expect(executeMutation.mock.calls[0][0].variables).toEqual({
      input: {
        caseId: 'c1',
        setId: 'rfp',
        producingPartyId: 'brannon',
        receivingPartyId: 'luckert',
        batesPrefix: 'DEF',
        documents: [
          { documentId: 'review', requestItemIds: ['i2'], confidentiality: 'CONFIDENTIAL' },
          { documentId: 'log', requestItemIds: ['i1'], confidentiality: 'NONE' },
        ],
      },
    });
    expect(navigate).toHaveBeenCalledWith({
      to: '/productions/$productionId',
      params: { productionId: 'p1' },
    });
  });

  it('puts nothing together until a file answers a request, and shows a refusal in the API’s words', async () => {
    const { executeMutation } = renderBuilder({
      refusal: {
        message: 'PLT is another party’s Bates prefix in this case; choose one of your own (batesPrefix).',
      },
    });
    const button = screen.getByRole('button', { name: 'Put the production together' });
    expect(button).toBeDisabled();
    await userEvent.click(within(answers('Yard photo')).getByLabelText('No. 1'));
    await userEvent.clear(screen.getByLabelText(/^Bates prefix/));
    await userEvent.type(screen.getByLabelText(/^Bates prefix/), 'PLT');
    await userEvent.click(button);
    expect(await screen.findByRole('alert')).toHaveTextContent('PLT is another party’s Bates prefix');
    expect(executeMutation.mock.calls[0][0].variables).toMatchObject({
      input: {
        batesPrefix: 'PLT',
        documents: [{ documentId: 'photo', requestItemIds: ['i1'], confidentiality: 'NONE' }],
      },
    });
    // Nothing chosen is lost.
    expect(within(request(1)).getByText('Yard photo.png')).toBeInTheDocument();
  });
});
