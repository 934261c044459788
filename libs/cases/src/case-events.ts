import { defineEvent } from '@parley/audit';
import { NotificationKind } from '@parley/notifications';

const ROLE_WORDS: Record<string, string> = { COUNSEL: 'counsel', PARALEGAL: 'a paralegal' };

export const CaseCreated = defineEvent<{
  courtId: string;
  docketNumber: string;
  title: string;
  judge: string;
  rule26fConferenceOn: string | null;
  discoveryCutoffOn: string | null;
  parties: Array<{ id: string; name: string; side: string; proSe: boolean; incarcerated: boolean }>;
  creator: { membershipId: string; partyId: string; role: string; consentedToElectronicServiceAt: string };
}>({ action: 'CASE_CREATED', subjectType: 'Case', audience: 'case' });

/** Whom a party asks to join it is that party's own business until they join. */
export const InvitationSent = defineEvent<{
  partyId: string;
  email: string;
  role: string;
  expiresAt: string;
}>({ action: 'INVITATION_SENT', subjectType: 'Invitation', audience: 'party' });

export const MemberJoined = defineEvent<{
  invitationId: string;
  partyId: string;
  userId: string;
  name: string;
  role: string;
  /** DOMAIN.md: joining records consent to electronic service, with its time (FRCP 5(b)(2)(E)). */
  consentedToElectronicServiceAt: string;
}>({
  action: 'MEMBER_JOINED',
  subjectType: 'Membership',
  audience: 'case',
  notice: {
    kind: NotificationKind.MEMBER_JOINED,
    compose: (data, c) => {
      const where = `${c.caseTitle} (${c.docketNumber})`;
      return data.role === 'PRO_SE'
        ? `${data.name} joined ${where}, representing themselves as ${c.partyName(data.partyId)}.`
        : `${data.name} joined ${where} as ${ROLE_WORDS[data.role] ?? data.role} for ${c.partyName(data.partyId)}.`;
    },
  },
});

/**
 * A second Parley case claims a docket number of the court: recorded on the court's chain and told to
 * its staff (docketConflicts lists them), never to whoever opened either case.
 */
export const DocketNumberShared = defineEvent<{ docketNumber: string; claims: number }>({
  action: 'DOCKET_NUMBER_SHARED',
  subjectType: 'Case',
  audience: 'court',
  courtNotice: {
    kind: NotificationKind.DOCKET_NUMBER_SHARED,
    compose: (d) =>
      `${d.claims} Parley cases now claim docket number ${d.docketNumber}. See docketConflicts to tell which is the real one.`,
  },
});

/** Where a party is served by mail: every party may need it, so it is on the case's chain. */
export const PartyAddressSet = defineEvent<{ partyId: string; mailingAddress: string }>({
  action: 'PARTY_ADDRESS_SET',
  subjectType: 'Party',
  audience: 'case',
});
