import { Injectable } from '@nestjs/common';
import { Caption, ServedPerson, ServiceEntry, ServiceMethodName, Signer } from '@parley/papers';
import { JsonRead, jsonRead, NotFoundError, RuleViolationError } from '@parley/platform';
import { EntityManager } from 'typeorm';
import { CaseFacts, MemberFacts, PartyFacts, toParty } from '../cases/case-directory';
import { MembershipEntity, MemberUser } from '../parties/membership.entity';
import { MemberRole } from '../parties/party-enums';
import { PartyEntity } from '../parties/party.entity';

export interface Member {
  partyId: string;
  role: MemberRole;
  user: MemberUser;
}

/** Who decides how one party is served: its addressee gets the paper's method, the rest their own. */
export type MethodFor = (party: { id: string }, onParley: boolean) => ServiceMethodName;

const L_R_3_4 = 'N.D. Cal. Civil L.R. 3-4(a)(1)';

/** A case's parties and members, as PaperPeople.ofCaseRead reads them. */
export interface CasePeople {
  parties: PartyRow[];
  members: Member[];
}

/** What a paper needs of a party. */
export type PartyRow = Pick<
  PartyEntity,
  'id' | 'caseId' | 'name' | 'side' | 'proSe' | 'incarcerated' | 'position' | 'mailingAddress'
>;

/** Papers go to the attorney of a represented party, else to the litigant (FRCP 5(b)(1)). */
function whoIsServed(own: Member[]): Member[] {
  const counsel = own.filter((m) => m.role === MemberRole.COUNSEL);
  const proSe = own.filter((m) => m.role === MemberRole.PRO_SE);
  return counsel.length ? counsel : proSe.length ? proSe : own;
}

/**
 * The people a paper names, as it is served: its caption's parties, the signer's block and, for the
 * certificate of service, each person served and the address used. Read from the cases lib's tables
 * and the members' accounts, and refused when something a court paper needs is missing.
 */
@Injectable()
export class PaperPeople {
  caption(manager: EntityManager, theCase: CaseFacts, court: { name: string }): Promise<Caption> {
    return manager
      .find(PartyEntity, { where: { caseId: theCase.id }, order: { position: 'ASC' } })
      .then((parties) => ({
        court: court.name,
        caseNumber: theCase.docketNumber,
        caseTitle: theCase.title,
        judge: theCase.judge,
        parties: parties.map((p) => ({ name: p.name, side: p.side })),
      }));
  }

  /**
   * The signer's block for a member signing for their party. Counsel give an address and telephone,
   * a litigant signing pro se an address (L.R. 3-4(a)(1)); without them the paper is not signed.
   */
  async signer(
    manager: EntityManager,
    who: { userId: string; partyId: string; signature?: string },
  ): Promise<Signer> {
    return checkedSigner(await this.letterhead(manager, who));
  }

  /**
   * The sender's block as a letter between the parties carries it: what is on file, never refused, since
   * a letter is not a paper filed with the court (L.R. 3-4 governs those).
   */
  async letterhead(
    manager: EntityManager,
    who: { userId: string; partyId: string; signature?: string },
  ): Promise<Signer> {
    const [member] = await this.members(manager, { partyId: who.partyId, userId: who.userId });
    const party = await manager.findOneBy(PartyEntity, { id: who.partyId });
    return letterheadOf(member, party, who);
  }

  /**
   * Whom a letter to one party goes to: its attorneys when it has them, else the litigant (as FRCP
   * 5(b)(1) routes papers), electronically through Parley; a party nobody represents on Parley, by
   * mail at its address on file (null when there is none yet).
   */
  async addressees(manager: EntityManager, partyId: string): Promise<ServiceEntry> {
    const party = await manager.findOneByOrFail(PartyEntity, { id: partyId });
    const own = await this.members(manager, { partyId });
    const served = whoIsServed(own);
    if (!served.length) {
      return {
        party: party.name,
        side: party.side,
        method: 'MAIL',
        people: [{ name: party.name, email: null, address: party.mailingAddress }],
      };
    }
    return {
      party: party.name,
      side: party.side,
      method: 'ELECTRONIC',
      people: served.map((m) => ({ name: m.user.name, email: m.user.email, address: null })),
    };
  }

  /**
   * Where a paper for one party is to be served (FRCP 5(b)(1)): on its attorney, at the address of the
   * attorney's signature block, when it has one on Parley; else on its pro se member; else on the party
   * itself at its address on file.
   */
  async servedAt(
    manager: EntityManager,
    partyId: string,
  ): Promise<{ party: string; servedOn: string; address: string | null }> {
    const party = await manager.findOneByOrFail(PartyEntity, { id: partyId });
    const [first] = whoIsServed(await this.members(manager, { partyId }));
    if (!first) return { party: party.name, servedOn: party.name, address: party.mailingAddress };
    const signer = await this.letterhead(manager, { userId: first.user.id, partyId });
    return {
      party: party.name,
      servedOn: [signer.name, signer.firm].filter(Boolean).join(', '),
      address: signer.mailingAddress,
    };
  }

  /**
   * Each other party of the case as the certificate of service names it (FRCP 5(a)(1)(C)): a party
   * with an attorney is served through the attorney (FRCP 5(b)(1)); by mail, at an address on file,
   * or not at all (FRCP 5(b)(2)(C)).
   */
  async serviceEntries(
    manager: EntityManager,
    caseId: string,
    fromPartyId: string,
    methodFor: MethodFor,
  ): Promise<ServiceEntry[]> {
    const parties = await manager.find(PartyEntity, { where: { caseId }, order: { position: 'ASC' } });
    const members = await this.members(manager, { caseId });
    return serviceEntriesOf(parties, members, fromPartyId, methodFor);
  }

  /**
   * The case's parties and members with their accounts, read once (one statement), for a paper that
   * names them several times: serving a set reads its caption, its signer and its certificate of
   * service from this, where caption, signer and serviceEntries read the same rows five times. For
   * use within the transaction that read it, before anything changes the case's parties or members.
   * A read to combine with others (readTogether); new CasePapers(result) composes the papers.
   */
  ofCaseRead(caseId: string): JsonRead<CasePeople> {
    return jsonRead(
      `SELECT json_build_object(
         'parties', (SELECT COALESCE(json_agg(json_build_object('id', p.id, 'caseId', p.case_id, 'name', p.name,
                       'side', p.side, 'proSe', p.pro_se, 'incarcerated', p.incarcerated, 'position', p.position,
                       'mailingAddress', p.mailing_address) ORDER BY p.position), '[]')
                       FROM parties p WHERE p.case_id = $1),
         'members', (SELECT COALESCE(json_agg(json_build_object('partyId', m.party_id, 'role', m.role,
                       'user', json_build_object('id', u.id, 'name', u.name, 'email', u.email,
                         'mailingAddress', u.mailing_address, 'telephone', u.telephone,
                         'barNumber', u.bar_number, 'firm', u.firm)) ORDER BY m.created_at), '[]')
                       FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.case_id = $1))`,
      [caseId],
    );
  }

  private async members(
    manager: EntityManager,
    where: { caseId?: string; partyId?: string; userId?: string },
  ): Promise<Member[]> {
    const rows = await manager.find(MembershipEntity, {
      where,
      relations: { user: true },
      select: {
        partyId: true,
        role: true,
        user: {
          id: true,
          name: true,
          email: true,
          mailingAddress: true,
          telephone: true,
          barNumber: true,
          firm: true,
        },
      },
      order: { createdAt: 'ASC' },
    });
    return rows
      .filter((m) => m.user)
      .map((m) => ({ partyId: m.partyId, role: m.role, user: m.user as MemberUser }));
  }
}

/** The sender's block of a member signing for their party, as on file. */
function letterheadOf(
  member: Member | undefined,
  party: PartyRow | null | undefined,
  who: { signature?: string },
): Signer {
  if (!member || !party) throw new NotFoundError('The party');
  const proSe = member.role === MemberRole.PRO_SE;
  return {
    name: member.user.name,
    // A paper submitted through Parley without a typed signature is signed in the /s/ form.
    signature: who.signature ?? `/s/ ${member.user.name}`,
    proSe,
    party: party.name,
    side: party.side,
    firm: proSe ? null : member.user.firm,
    barNumber: proSe ? null : member.user.barNumber,
    mailingAddress: member.user.mailingAddress ?? (proSe ? party.mailingAddress : null),
    telephone: member.user.telephone,
    email: member.user.email,
  };
}

function serviceEntriesOf(
  parties: readonly PartyRow[],
  members: readonly Member[],
  fromPartyId: string,
  methodFor: MethodFor,
): ServiceEntry[] {
  return parties
    .filter((party) => party.id !== fromPartyId)
    .map((party) => {
      const own = members.filter((m) => m.partyId === party.id);
      const served = whoIsServed(own);
      const method = methodFor(party, own.length > 0);
      if (method === 'ELECTRONIC' && own.length === 0) {
        // FRCP 5(b)(2)(E): consent in writing, which joining Parley records.
        throw new RuleViolationError(
          'FRCP 5(b)(2)(E)',
          `${party.name} has nobody on Parley who consented to electronic service. Serve by mail (FRCP 5(b)(2)(C)) and print the paper with its certificate of service.`,
        );
      }
      return { party: party.name, side: party.side, method, people: peopleServed(party, served, method) };
    });
}

function peopleServed(party: PartyRow, served: Member[], method: ServiceMethodName): ServedPerson[] {
  if (method === 'MAIL') {
    const people = served.length
      ? served.map((m) => ({
          name: m.user.name,
          email: null,
          address: m.user.mailingAddress ?? (m.role === MemberRole.PRO_SE ? party.mailingAddress : null),
        }))
      : [{ name: party.name, email: null, address: party.mailingAddress }];
    const without = people.find((p) => !p.address);
    if (without) {
      throw new RuleViolationError(
        'FRCP 5(b)(2)(C)',
        without.name === party.name
          ? `${party.name} has no mailing address on file, so a paper cannot be mailed to it. Add the address with setPartyAddress, then serve.`
          : `${without.name}, who represents ${party.name}, has no mailing address on Parley, so a paper cannot be mailed there. Serve electronically, or ask them to add it.`,
      );
    }
    return people;
  }
  return served.map((m) => ({
    name: m.user.name,
    email: method === 'ELECTRONIC' ? m.user.email : null,
    address: null,
  }));
}

/** A case's parties and members as read once by PaperPeople.ofCaseRead, and what papers make of them. */
export class CasePapers {
  private readonly partyRows: readonly PartyRow[];
  private readonly memberRows: readonly Member[];

  constructor(people: CasePeople) {
    this.partyRows = people.parties;
    this.memberRows = people.members;
  }

  /** The parties in caption order, as CaseDirectory.parties gives them. */
  get parties(): PartyFacts[] {
    return this.partyRows.map(toParty);
  }

  /** The members by name, oldest first, as CaseDirectory.members gives them. */
  get members(): MemberFacts[] {
    return this.memberRows.map((m) => ({ partyId: m.partyId, userId: m.user.id, name: m.user.name }));
  }

  caption(theCase: CaseFacts, court: { name: string }): Caption {
    return {
      court: court.name,
      caseNumber: theCase.docketNumber,
      caseTitle: theCase.title,
      judge: theCase.judge,
      parties: this.partyRows.map((p) => ({ name: p.name, side: p.side })),
    };
  }

  /** As PaperPeople.signer: refused without the address and telephone a signed paper carries. */
  signer(who: { userId: string; partyId: string; signature?: string }): Signer {
    const member = this.memberRows.find((m) => m.partyId === who.partyId && m.user.id === who.userId);
    return checkedSigner(
      letterheadOf(
        member,
        this.partyRows.find((p) => p.id === who.partyId),
        who,
      ),
    );
  }

  serviceEntries(fromPartyId: string, methodFor: MethodFor): ServiceEntry[] {
    return serviceEntriesOf(this.partyRows, this.memberRows, fromPartyId, methodFor);
  }
}

/** L.R. 3-4(a)(1): a signed paper carries its signer's address, and counsel's telephone. */
function checkedSigner(signer: Signer): Signer {
  const missing = [
    ...(signer.mailingAddress ? [] : ['mailing address']),
    ...(signer.proSe || signer.telephone ? [] : ['telephone number']),
  ];
  if (missing.length) {
    throw new RuleViolationError(
      L_R_3_4,
      `A paper you sign carries your ${missing.join(' and ')} (${L_R_3_4}). Add ${missing.length > 1 ? 'them' : 'it'} with updateSignerProfile, then sign again.`,
    );
  }
  return signer;
}
