import { Label, Select, TextInput } from '@trussworks/react-uswds';
import { useState } from 'react';
import { spokenTime } from '../../components/dates';
import { graphql, ResultOf } from '../../graphql/graphql';
import { ActionForm } from '../../components/action-form';

const INVITE = graphql(`
  mutation InviteToParty($input: InviteToPartyInput!) {
    inviteToParty(input: $input) {
      id
      email
      role
      expiresAt
      token
      party {
        id
        name
      }
    }
  }
`);

type Invitation = ResultOf<typeof INVITE>['inviteToParty'];
type Role = Invitation['role'];
const ROLES: Array<[Role, string]> = [
  ['COUNSEL', 'Counsel'],
  ['PARALEGAL', 'Paralegal'],
  ['PRO_SE', 'The party itself, without a lawyer (pro se)'],
];

/**
 * Bring someone in: to your own party, or to a party nobody represents on Parley yet (the API says
 * which). Parley sends no email for this: the link is shown once, for you to give the invitee.
 */
export function InviteToParty({
  parties,
  timeZone,
}: {
  parties: Array<{ id: string; name: string }>;
  timeZone: string;
}) {
  const [partyId, setPartyId] = useState(parties[0]?.id ?? '');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('COUNSEL');
  const [sent, setSent] = useState<Invitation | null>(null);
  return (
    <>
      <ActionForm
        id="invite"
        heading="Invite someone to the case"
        document={INVITE}
        variables={() => ({ input: { partyId, email: email.trim(), role } })}
        button="Create the invitation link"
        onDone={(data) => {
          setSent(data.inviteToParty);
          setEmail('');
        }}
      >
        <Label htmlFor="invite-party">For which party</Label>
        <Select
          id="invite-party"
          name="invite-party"
          value={partyId}
          onChange={(e) => setPartyId(e.target.value)}
        >
          {parties.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
        <Label htmlFor="invite-role">As</Label>
        <Select
          id="invite-role"
          name="invite-role"
          value={role}
          onChange={(e) => setRole(e.target.value as Role)}
        >
          {ROLES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
        <Label htmlFor="invite-email">Their email address</Label>
        <TextInput
          id="invite-email"
          name="invite-email"
          type="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
      </ActionForm>
      {sent && (
        <div className="usa-alert usa-alert--success margin-top-2" role="status">
          <div className="usa-alert__body">
            <p className="usa-alert__text">
              Give this link to {sent.email} to join for {sent.party.name}. It works once, until{' '}
              {spokenTime(sent.expiresAt, timeZone)}, and is not shown again:
            </p>
            <p className="usa-alert__text text-bold" style={{ overflowWrap: 'anywhere' }}>
              {`${window.location.origin}/invitations/${sent.token}`}
            </p>
          </div>
        </div>
      )}
    </>
  );
}
