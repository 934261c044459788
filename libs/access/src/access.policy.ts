import { AccessSubject, MembershipRef, PartyRef, SystemRole } from '@parley/platform';
import { Reach } from './subject-definition';

/** Only counsel and pro se litigants sign and serve (FRCP 26(g)); paralegals draft. */
export const SIGNING_ROLES: readonly string[] = ['COUNSEL', 'PRO_SE'];

/** Everything the policy decides on: who asks, what about, and where they stand in its case. */
export interface AccessFacts {
  actor: { userId: string; role: SystemRole; courtId: string | null };
  subject: AccessSubject;
  /** The actor's memberships in the subject's case (none for court staff and admins). */
  memberships: readonly MembershipRef[];
  /** The parties of the subject's case, for naming them and for invitations. */
  parties: ReadonlyArray<PartyRef & { hasMembers: boolean }>;
}

export type AccessDecision =
  | { allowed: true; side: PartyRef | null }
  /** Answer NOT_FOUND, exactly as for a subject that does not exist. */
  | { allowed: false; invisible: true }
  | { allowed: false; invisible: false; reason: string };

const INVISIBLE: AccessDecision = { allowed: false, invisible: true };
const deny = (reason: string): AccessDecision => ({ allowed: false, invisible: false, reason });
const allow = (side: PartyRef | null = null): AccessDecision => ({ allowed: true, side });

/**
 * Whether the actor may see the subject at all. Court staff reach a case only through what is before
 * their court, never the case itself (FRCP 5(d)(1)(A): discovery is not filed); admins run the
 * installation and read no case; private work is its party's alone (DOMAIN.md, "Private work stays
 * private").
 */
export function isVisible(reach: Reach, facts: AccessFacts): boolean {
  const { actor, subject, memberships } = facts;
  if (reach.everyone) return true;
  if (reach.owner && subject.ownerUserId !== null && subject.ownerUserId === actor.userId) return true;
  if (reach.parties && actor.role === SystemRole.USER && subject.caseId && memberships.length > 0) {
    if (!subject.privateTo || memberships.some((m) => m.partyId === subject.privateTo)) return true;
  }
  const ownCourt =
    actor.role === SystemRole.COURT_STAFF && !!actor.courtId && actor.courtId === subject.courtId;
  if (reach.court && ownCourt && subject.beforeCourt) return true;
  if (reach.courtStaff && ownCourt) return true;
  return false;
}

/** Who may exercise a capability among those who see its subject. */
export interface Permit {
  /** In words, for the access snapshot and the matrix. */
  holders: string;
  decide(facts: AccessFacts): AccessDecision;
}

const partyOf = (facts: AccessFacts, id: string | null | undefined): PartyRef | null => {
  const party = id ? facts.parties.find((p) => p.id === id) : undefined;
  return party ? { id: party.id, name: party.name } : null;
};

const signs = (role: string) => SIGNING_ROLES.includes(role);

/** "the serving party", "the serving or responding party"; a subject that is a party: "that party". */
const partyWords = (roles: readonly string[]) =>
  roles.length === 1 && roles[0] === 'party' ? 'that party' : `the ${roles.join(' or ')} party`;

/** Any member of the case who sees the subject. */
export function anyMember(): Permit {
  return {
    holders: 'any member of the case',
    decide: (facts) =>
      facts.actor.role === SystemRole.USER && facts.memberships.length > 0
        ? allow()
        : deny('Only the parties of the case can do this.'),
  };
}

/** A member of the party playing one of these parts (drafting: FRCP 26(g) governs signing). */
export function actFor(...roles: string[]): Permit {
  return {
    holders: `any member of ${partyWords(roles)}`,
    decide(facts) {
      for (const role of roles) {
        const party = partyOf(facts, facts.subject.parties[role]);
        if (party && facts.memberships.some((m) => m.partyId === party.id)) return allow(party);
      }
      const party = partyOf(facts, facts.subject.parties[roles[0]]);
      return deny(
        party ? `You do not represent ${party.name} in this case.` : 'You do not act for this party.',
      );
    },
  };
}

/**
 * Counsel or the pro se litigant of the party playing one of these parts (FRCP 26(g)). `otherwise`
 * words the refusal for a member of a party playing another part ("you sent this request; the other
 * side answers it").
 */
export function signFor(roles: string | string[], otherwise: Record<string, string> = {}): Permit {
  const parts = Array.isArray(roles) ? roles : [roles];
  return {
    holders: `counsel or pro se of ${partyWords(parts)}`,
    decide(facts) {
      let paralegalOf: PartyRef | null = null;
      for (const role of parts) {
        const party = partyOf(facts, facts.subject.parties[role]);
        if (!party) continue;
        const mine = facts.memberships.filter((m) => m.partyId === party.id);
        if (mine.some((m) => signs(m.role))) return allow(party);
        if (mine.length > 0) paralegalOf ??= party;
      }
      if (paralegalOf) {
        return deny(
          `Only counsel or a pro se party may sign for ${paralegalOf.name} (FRCP 26(g)); a paralegal can draft.`,
        );
      }
      for (const [role, reason] of Object.entries(otherwise)) {
        const id = facts.subject.parties[role];
        if (id && facts.memberships.some((m) => m.partyId === id)) return deny(reason);
      }
      const names = parts.map((r) => partyOf(facts, facts.subject.parties[r])?.name).filter(Boolean);
      return deny(
        names.length === 1
          ? `You do not represent ${names[0]} in this case.`
          : `Only counsel or a pro se party of ${names.join(' or ')} can do this.`,
      );
    },
  };
}

/** Counsel or a pro se litigant of any party of the case: the side they act on is theirs. */
export function signForAnyParty(): Permit {
  return {
    holders: 'counsel or pro se of any party',
    decide(facts) {
      const signing = facts.memberships.find((m) => signs(m.role));
      if (signing) return allow(partyOf(facts, signing.partyId));
      return deny('Only counsel or a pro se party can do this; a paralegal can ask counsel to.');
    },
  };
}

/**
 * Inviting someone to represent a party: its own counsel or pro se litigant; or, while nobody
 * represents a party on Parley, counsel or a pro se litigant of another party bringing it in.
 */
/**
 * What a party's own signers do for it, and what any party's signer may do for a party nobody
 * represents on Parley (someone has to invite it, or give the address papers are mailed to).
 */
function forPartyOrUnrepresented(
  role: string,
  words: { askCounsel: (party: string) => string; represented: (party: string) => string; nobody: string },
): Permit {
  return {
    holders: `counsel or pro se of ${partyWords([role])}; or of any party while ${partyWords([role])} has nobody on Parley`,
    decide(facts) {
      const id = facts.subject.parties[role];
      const party = facts.parties.find((p) => p.id === id);
      if (!party) return deny('That party is not in this case.');
      const ref = { id: party.id, name: party.name };
      const onParty = facts.memberships.filter((m) => m.partyId === party.id);
      if (onParty.some((m) => signs(m.role))) return allow(ref);
      if (onParty.length > 0) return deny(words.askCounsel(party.name));
      if (party.hasMembers) return deny(words.represented(party.name));
      const signing = facts.memberships.find((m) => signs(m.role));
      return signing ? allow(ref) : deny(words.nobody);
    },
  };
}

export function inviteTo(role: string): Permit {
  return forPartyOrUnrepresented(role, {
    askCounsel: (party) => `Ask counsel for ${party} to send the invitation.`,
    represented: (party) =>
      `${party} is already represented on Parley; only its own members may invite others to it.`,
    nobody: 'Only counsel or a pro se party may invite the other side.',
  });
}

/** The address a party is served at by mail (FRCP 5(b)(2)(C)). */
export function addressOf(role: string): Permit {
  return forPartyOrUnrepresented(role, {
    askCounsel: (party) => `Ask counsel for ${party} to give its address.`,
    represented: (party) => `${party} is represented on Parley; only its own counsel or the party gives its address.`,
    nobody: 'Only counsel or a pro se party may give another party’s address.',
  });
}

/** Staff of the subject's court (the court decides: rulings, its own staff). */
export function courtStaff(refusal: string): Permit {
  return {
    holders: 'court staff of its court',
    decide: (facts) =>
      facts.actor.role === SystemRole.COURT_STAFF && facts.actor.courtId === facts.subject.courtId
        ? allow()
        : deny(refusal),
  };
}

/** The owner of a user's own thing. */
export function owner(): Permit {
  return {
    holders: 'its owner',
    decide: (facts) =>
      facts.subject.ownerUserId === facts.actor.userId ? allow() : deny('This is not yours.'),
  };
}

/** The first permit that allows; otherwise the first refusal. */
export function anyOf(...permits: Permit[]): Permit {
  return {
    holders: permits.map((p) => p.holders).join('; or '),
    decide(facts) {
      let refusal: AccessDecision | null = null;
      for (const permit of permits) {
        const decision = permit.decide(facts);
        if (decision.allowed) return decision;
        refusal ??= decision;
      }
      return refusal ?? deny('Nobody may do this.');
    },
  };
}

/** A permit only where a fact of the subject says so (e.g. an admin for a court's first staff account). */
export function when(
  holders: string,
  test: (facts: AccessFacts) => string | null,
  side: (facts: AccessFacts) => PartyRef | null = () => null,
): Permit {
  return {
    holders,
    decide(facts) {
      const refusal = test(facts);
      return refusal === null ? allow(side(facts)) : deny(refusal);
    },
  };
}

/** The whole decision: invisible first, then the capability's permit. */
export function decideAccess(reach: Reach, permit: Permit, facts: AccessFacts): AccessDecision {
  if (!isVisible(reach, facts)) return INVISIBLE;
  return permit.decide(facts);
}
