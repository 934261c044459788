import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { visibleRowsSql } from '@parley/access';
import { DomainEvents } from '@parley/audit';
import { Caption, PrintedPaper, paperFileName, Signer } from '@parley/papers';
import {
  Actor,
  BadInputError,
  CalendarDate,
  Clock,
  ConflictError,
  Grant,
  jsonPage,
  ListArgs,
  RuleViolationError,
} from '@parley/platform';
import { courtDayOf, spokenDate } from '@parley/rules';
import { DataSource, EntityManager } from 'typeorm';
import { MailingSubject } from '../mailing-capabilities';
import { MailingPaperKind } from '../mailing-enums';
import { CourtMailingMailed, CourtMailingPrepared, MailingMailed, MailingPrepared } from '../mailing-events';
import { CoverFacts, SetKind } from '../packet/cover-facts';
import { mailingPacket } from '../packet/packet';
import { MailedPapers } from './mailed-papers';
import { MailingEntity } from './mailing.entity';
import { MailingModel, toMailingModel } from './mailing.model';
import { MarkMailedInput } from './mark-mailed.input';

/** A party a paper goes to by mail because nobody represents it on Parley. */
export interface MailRecipient {
  partyId: string;
  name: string;
  side: Caption['parties'][number]['side'];
  address: string | null;
  incarcerated: boolean;
  /** The paper is addressed to another party (named here); this recipient gets a copy. */
  copyFor?: string | null;
}

/** A paper just served or sent, as the lib that owns it describes it for its mailings. */
export interface PaperToMail {
  caseId: string;
  /** Exactly one sender: a party (its members mail it), or the court (its staff do). */
  fromPartyId: string | null;
  courtId?: string | null;
  preparedById: string;
  kind: MailingPaperKind;
  paperId: string;
  title: string;
  setKind?: SetKind | null;
  dueOn: CalendarDate | null;
  /** The day the paper gives as its service or sending. */
  servedOn: CalendarDate;
  caption: Caption;
  from: Signer;
  lettersQualify: boolean | null;
  timeZone: string;
  recipients: MailRecipient[];
}

/** A mailing as MailingModel, from the alias `l` (jsonPage). */
const MAILING_JSON = `json_build_object('id', l.id, 'partyId', l.party_id, 'partyName', l.cover->'to'->>'name',
  'address', l.address,
  'paperKind', l.paper_kind, 'paperId', l.paper_id, 'paperTitle', l.paper_title, 'dueOn', l.due_on,
  'preparedAt', l.prepared_at, 'mailedOn', l.mailed_on)`;

@Injectable()
export class MailingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly papers: MailedPapers,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
  ) {}

  /**
   * In the transaction that served or sent the paper: one mailing per party not on Parley (FRCP
   * 5(b)(2)(C)), each a reminder to the sender until marked mailed.
   */
  async prepare(manager: EntityManager, paper: PaperToMail): Promise<void> {
    const now = this.clock.now();
    for (const to of paper.recipients) {
      if (!to.address) {
        // FRCP 5(b)(2)(C): mail goes to the person's last known address; Parley has none to print.
        throw new RuleViolationError(
          'FRCP 5(b)(2)(C)',
          `${to.name} is not on Parley and has no mailing address on file: add it (setPartyAddress) before serving or sending papers, so they can be mailed.`,
        );
      }
      const cover: CoverFacts = {
        kind: paper.kind,
        setKind: paper.setKind ?? null,
        title: paper.title,
        caption: paper.caption,
        to: { name: to.name, side: to.side, address: to.address, incarcerated: to.incarcerated },
        copyFor: to.copyFor ?? null,
        from: paper.from,
        lettersQualify: paper.lettersQualify,
        timeZone: paper.timeZone,
      };
      const mailing = manager.create(MailingEntity, {
        caseId: paper.caseId,
        partyId: to.partyId,
        fromPartyId: paper.fromPartyId,
        courtId: paper.courtId ?? null,
        address: to.address,
        paperKind: paper.kind,
        paperId: paper.paperId,
        paperTitle: paper.title,
        cover,
        // A copy carries nothing its recipient must do by a day.
        dueOn: to.copyFor ? null : paper.dueOn,
        servedOn: paper.servedOn,
        preparedAt: now,
        preparedById: paper.preparedById,
        mailedOn: null,
        mailedById: null,
        markedAt: null,
      });
      await manager.insert(MailingEntity, mailing);
      const data = {
        partyId: to.partyId,
        paperKind: paper.kind,
        paperId: paper.paperId,
        paperTitle: paper.title,
        address: to.address,
        dueOn: mailing.dueOn,
      };
      if (paper.fromPartyId) {
        await this.events.publish(manager, MailingPrepared, {
          caseId: paper.caseId,
          partyId: paper.fromPartyId,
          actorId: paper.preparedById,
          subjectId: mailing.id,
          data,
          notify: { parties: [paper.fromPartyId] },
        });
      } else {
        // The court's own chain carries no case: its staff reach a case only through their docket.
        await this.events.publish(manager, CourtMailingPrepared, {
          caseId: null,
          courtId: paper.courtId as string,
          actorId: paper.preparedById,
          subjectId: mailing.id,
          data: { ...data, caseTitle: paper.caption.caseTitle, docketNumber: paper.caption.caseNumber },
          notify: { court: paper.courtId as string },
        });
      }
    }
  }

  /** grant: case.read. The mailings of the caller's own parties (the sender's work), newest first. */
  async list(grant: Grant, page: ListArgs): Promise<MailingModel[]> {
    const parameters: unknown[] = [grant.caseId];
    const { from, where } = visibleRowsSql(grant.actor, MailingSubject, this.clock.now(), parameters);
    return this.page(`SELECT m.* FROM ${from} WHERE m.case_id = $1::uuid AND ${where}`, parameters, page);
  }

  /** The court staff's own mailings (its orders to parties not on Parley), newest first. */
  async forCourt(actor: Actor, page: ListArgs): Promise<MailingModel[]> {
    if (!actor.courtId) return [];
    return this.page(`SELECT m.* FROM mailings m WHERE m.court_id = $1::uuid`, [actor.courtId], page);
  }

  /** A page of mailings, newest first, as the model. */
  private async page(listed: string, parameters: unknown[], page: ListArgs): Promise<MailingModel[]> {
    const sql = jsonPage(listed, parameters, MAILING_JSON, ['prepared_at'], 'DESC', page);
    const [row] = await this.dataSource.query(sql, parameters);
    const mailings = Object.values(row)[0] as Array<MailingModel & { preparedAt: string }>;
    return mailings.map((m) => ({ ...m, preparedAt: new Date(m.preparedAt) }));
  }

  /**
   * grant: mailing.mark-mailed. Dates the certificate of service. Mailed after the day the paper gives
   * as its service, what runs from service runs from the mailing (FRCP 5(b)(2)(C)): the paper's owner
   * moves it.
   */
  markMailed(grant: Grant<'sender'>, input: MarkMailedInput): Promise<MailingModel> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const mailing = await manager.findOneOrFail(MailingEntity, {
        where: { id: grant.subject.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (mailing.mailedOn) {
        throw new ConflictError(
          `This was already marked mailed on ${spokenDate(mailing.mailedOn)}; its certificate of service carries that day.`,
        );
      }
      const today = courtDayOf(now, mailing.cover.timeZone);
      if (input.mailedOn > today) {
        throw new BadInputError(
          `mailedOn (${spokenDate(input.mailedOn)}) is in the future: mark it mailed once it is in the mail.`,
        );
      }
      if (input.mailedOn < mailing.servedOn) {
        throw new BadInputError(
          `mailedOn (${spokenDate(input.mailedOn)}) comes before the day the paper was served or sent (${spokenDate(mailing.servedOn)}).`,
        );
      }
      const dueOnBefore = mailing.dueOn;
      if (input.mailedOn > mailing.servedOn) {
        const moved = await this.papers
          .of(mailing.paperKind)
          .mailedAfterService(manager, grant.actor.userId, mailing.paperId, input.mailedOn, {
            partyId: mailing.partyId,
          });
        if (moved) mailing.dueOn = moved;
      }
      Object.assign(mailing, { mailedOn: input.mailedOn, mailedById: grant.actor.userId, markedAt: now });
      await manager.save(mailing);
      const data = {
        partyId: mailing.partyId,
        paperKind: mailing.paperKind,
        paperId: mailing.paperId,
        mailedOn: input.mailedOn,
        dueOn: mailing.dueOn,
        dueOnBefore,
      };
      if (mailing.fromPartyId) {
        await this.events.publish(manager, MailingMailed, {
          caseId: mailing.caseId,
          partyId: mailing.fromPartyId,
          actorId: grant.actor.userId,
          subjectId: mailing.id,
          data,
          notify: mailing.dueOn !== dueOnBefore ? { parties: [mailing.fromPartyId] } : undefined,
        });
      } else {
        await this.events.publish(manager, CourtMailingMailed, {
          caseId: null,
          courtId: mailing.courtId as string,
          actorId: grant.actor.userId,
          subjectId: mailing.id,
          data,
        });
      }
      return toMailingModel(mailing);
    });
  }

  /** grant: mailing.read. The packet to print: cover sheet, the paper, certificate of service by mail. */
  async packet(grant: Grant): Promise<PrintedPaper> {
    const mailing = await this.dataSource.manager.findOneByOrFail(MailingEntity, { id: grant.subject.id });
    const paper = await this.papers.of(mailing.paperKind).print(mailing.paperId);
    return {
      filename: paperFileName(
        mailing.cover.caption.caseNumber,
        `Mailing to ${mailing.cover.to.name} - ${mailing.paperTitle}`,
      ),
      pdf: await mailingPacket(mailing.cover, paper, {
        dueOn: mailing.dueOn,
        mailedOn: mailing.mailedOn,
        servedOn: mailing.servedOn,
      }),
    };
  }
}
