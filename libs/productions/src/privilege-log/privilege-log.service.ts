import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { visibleToSql } from '@parley/access';
import { DomainEvents } from '@parley/audit';
import { CaseDirectory, PaperPeople } from '@parley/cases';
import { CourtsService } from '@parley/courts';
import { DeadlineCalculator } from '@parley/deadlines';
import { DiscoveryReader } from '@parley/discovery';
import { MailingPaperKind, MailingsService, recipientsByMail } from '@parley/mailings';
import { paperFileName, PrintedPaper, renderPaper } from '@parley/papers';
import { BadInputError, Clock, ConflictError, Grant } from '@parley/platform';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { PrivilegeLogEntrySubject } from '../production-capabilities';
import { Privilege } from '../production-enums';
import { PrivilegeLogEntryAdded, PrivilegeLogEntryRemoved, PrivilegeLogServed } from '../production-events';
import { rule34Requests } from '../rule-34-requests';
import { refuseElectronicOffParley } from '../on-parley';
import { BatesError, formatBates, parseBatesRange } from '../volume';
import { PrivilegeLogEntryEntity } from './privilege-log-entry.entity';
import { privilegeLogCsv, privilegeLogDocument, privilegeLogTitle } from './privilege-log-paper';
import { readEntries } from './privilege-log-reads';
import { PrivilegeLogEntity } from './privilege-log.entity';
import { AddPrivilegeLogEntryInput, ServePrivilegeLogInput } from './privilege-log.inputs';
import { PrivilegeLogEntryModel, PrivilegeLogModel } from './privilege-log.model';

type SetGrant = Grant<'serving' | 'responding'>;

/** A party's privilege log for a set: entries drafted, served as a log, supplemented (FRCP 26(b)(5)(A)). */
@Injectable()
export class PrivilegeLogService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly discovery: DiscoveryReader,
    private readonly directory: CaseDirectory,
    private readonly courts: CourtsService,
    private readonly calculator: DeadlineCalculator,
    private readonly people: PaperPeople,
    private readonly mailings: MailingsService,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
  ) {}

  /** grant: privilege-log.add on the set. */
  async add(grant: SetGrant, input: AddPrivilegeLogEntryInput): Promise<PrivilegeLogEntryModel> {
    this.checkParties(grant, input);
    if (input.privilege === Privilege.OTHER && !input.basis) {
      throw new BadInputError(
        'basis must name the privilege or protection claimed and why it applies (OTHER).',
      );
    }
    return this.dataSource.transaction(async (manager) => {
      await this.holdLog(manager, input.setId, input.producingPartyId);
      const court = await this.courtOf(manager, input.caseId);
      if (input.date > this.calculator.courtDay(court, this.clock.now())) {
        throw new BadInputError('date is in the future: give the withheld document’s own date.');
      }
      await rule34Requests(this.discovery, manager, input.setId, input.requestItemIds);
      const range = input.batesRange ? await this.producedRange(manager, input, input.batesRange) : null;
      const entry = await manager.save(
        manager.create(PrivilegeLogEntryEntity, {
          caseId: input.caseId,
          producingPartyId: input.producingPartyId,
          receivingPartyId: grant.subject.parties.serving as string,
          setId: input.setId,
          itemIds: [...new Set(input.requestItemIds.map((id) => id.toLowerCase()))],
          number: null,
          logId: null,
          documentDate: input.date,
          author: input.author,
          recipients: input.recipients.map((r) => r.trim()),
          documentType: input.documentType,
          subject: input.subject,
          privilege: input.privilege,
          basis: input.basis || null,
          batesPrefix: range?.prefix ?? null,
          batesFirst: range?.first ?? null,
          batesLast: range?.last ?? null,
          createdById: grant.actor.userId,
          createdAt: this.clock.now(),
        }),
      );
      await this.events.publish(manager, PrivilegeLogEntryAdded, {
        caseId: input.caseId,
        partyId: input.producingPartyId,
        actorId: grant.actor.userId,
        subjectId: entry.id,
        data: { setId: input.setId, privilege: input.privilege },
      });
      return (await readEntries(manager, 'pe.id = $1', [entry.id]))[0];
    });
  }

  /** A draft entry taken off; a served one stays on the log. grant: privilege-log.remove. */
  remove(grant: Grant<'producing' | 'receiving'>): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const { setId, producingPartyId } = await manager.findOneByOrFail(PrivilegeLogEntryEntity, {
        id: grant.subject.id,
      });
      // After a serving of the same log under way, never in its middle: its numbers stay without gaps.
      await this.holdLog(manager, setId, producingPartyId);
      const entry = await manager.findOneOrFail(PrivilegeLogEntryEntity, {
        where: { id: grant.subject.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (entry.logId !== null) {
        throw new ConflictError(
          `Entry No. ${entry.number} was served on a log; it stays there. Serve a supplemental log to correct it.`,
        );
      }
      await manager.delete(PrivilegeLogEntryEntity, { id: entry.id });
      await this.events.publish(manager, PrivilegeLogEntryRemoved, {
        caseId: entry.caseId,
        partyId: entry.producingPartyId,
        actorId: grant.actor.userId,
        subjectId: entry.id,
        data: { setId: entry.setId },
      });
      return true;
    });
  }

  /**
   * Serves every draft entry of the party's log for the set, numbered after those already served,
   * as the log or its next supplement. grant: privilege-log.serve on the set (FRCP 26(g)(1)).
   */
  async serve(grant: SetGrant, input: ServePrivilegeLogInput): Promise<PrivilegeLogModel> {
    this.checkParties(grant, input);
    return this.dataSource.transaction(async (manager) => {
      await this.holdLog(manager, input.setId, input.producingPartyId);
      await rule34Requests(this.discovery, manager, input.setId, []);
      await refuseElectronicOffParley(this.directory, manager, {
        caseId: input.caseId,
        partyId: grant.subject.parties.serving as string,
        method: input.method,
        what: 'the privilege log',
      });
      const unserved = await manager.find(PrivilegeLogEntryEntity, {
        where: { setId: input.setId, producingPartyId: input.producingPartyId, logId: IsNull() },
        order: { addedOrder: 'ASC' },
        lock: { mode: 'pessimistic_write' },
      });
      if (unserved.length === 0) {
        throw new ConflictError(
          'Nothing to serve: every entry of this log was served already. Add entries first.',
        );
      }
      const [{ served, logs }] = await manager.query(
        `SELECT COALESCE(MAX(number), 0)::int AS served,
                (SELECT COUNT(*)::int FROM privilege_logs WHERE set_id = $1 AND producing_party_id = $2) AS logs
           FROM privilege_log_entries WHERE set_id = $1 AND producing_party_id = $2`,
        [input.setId, input.producingPartyId],
      );
      const theCase = await this.directory.getCase(input.caseId, manager);
      const court = await this.courts.get(theCase.courtId, manager);
      const now = this.clock.now();
      const servedOn = this.calculator.courtDay(court, now);
      const [set] = await this.discovery.sets([input.setId], manager);
      const party = await this.directory.party(input.producingPartyId, manager);
      const receiving = grant.subject.parties.serving as string;
      const title = privilegeLogTitle(party?.name ?? 'Producing party', logs + 1);
      const log = manager.create(PrivilegeLogEntity, {
        caseId: input.caseId,
        producingPartyId: input.producingPartyId,
        receivingPartyId: receiving,
        setId: input.setId,
        sequence: logs + 1,
        servedAt: now,
        servedOn,
        servedById: grant.actor.userId,
        serviceMethod: input.method,
        signature: input.signature,
      });
      unserved.forEach((e, i) => (e.number = served + i + 1));
      log.paper = {
        caption: await this.people.caption(manager, theCase, court),
        title,
        setTitle: set.title,
        producingParty: party?.name ?? '',
        entries: [],
        signer: await this.people.signer(manager, {
          userId: grant.actor.userId,
          partyId: input.producingPartyId,
          signature: input.signature,
        }),
        service: {
          servedOn,
          deliveredOn: null,
          entries: await this.people.serviceEntries(
            manager,
            input.caseId,
            input.producingPartyId,
            (p, onParley) => (p.id === receiving ? input.method : onParley ? 'ELECTRONIC' : 'MAIL'),
          ),
        },
      };
      await manager.save(log);
      await manager.query(
        `UPDATE privilege_log_entries pe SET log_id = $1, number = n.number
           FROM unnest($2::uuid[], $3::int[]) AS n(id, number) WHERE pe.id = n.id`,
        [log.id, unserved.map((e) => e.id), unserved.map((e) => e.number)],
      );
      const entries = await readEntries(manager, 'pe.log_id = $1', [log.id]);
      log.paper.entries = entries.map((e) => ({
        number: e.number as number,
        documentDate: e.date,
        author: e.author,
        recipients: e.recipients,
        documentType: e.documentType,
        subject: e.subject,
        privilege: e.privilege,
        basis: e.basis,
        batesRange: e.batesRange,
        requests: e.requestNumbers.map((n) => `RFP No. ${n}`),
      }));
      await manager.update(PrivilegeLogEntity, { id: log.id }, { paper: log.paper });
      // FRCP 5(b)(2)(C): a party nobody represents on Parley gets the log by mail (the addressee, and
      // every other such party a copy, FRCP 5(a)(1)(C)).
      const members = await this.directory.members(input.caseId, manager);
      await this.mailings.prepare(manager, {
        caseId: input.caseId,
        fromPartyId: input.producingPartyId,
        preparedById: grant.actor.userId,
        kind: MailingPaperKind.PRIVILEGE_LOG,
        paperId: log.id,
        title,
        dueOn: null,
        servedOn,
        caption: log.paper.caption,
        from: log.paper.signer,
        lettersQualify: null,
        timeZone: court.timeZone,
        recipients: recipientsByMail(
          await this.directory.parties(input.caseId, manager),
          (id) => members.some((m) => m.partyId === id),
          { senderId: input.producingPartyId, addresseeId: receiving, method: input.method },
        ),
      });
      await this.events.publish(manager, PrivilegeLogServed, {
        caseId: input.caseId,
        actorId: grant.actor.userId,
        subjectId: log.id,
        data: {
          producingPartyId: input.producingPartyId,
          receivingPartyId: receiving,
          setId: input.setId,
          setTitle: set.title,
          sequence: log.sequence,
          entries: entries.length,
          servedAt: now.toISOString(),
          serviceMethod: input.method,
          signature: input.signature,
        },
        notify: { parties: [receiving] },
      });
      return toLogModel(log, entries);
    });
  }

  /** The set's log entries the reader may see (drafts their party's own). grant: set.read. */
  entriesOfSet(grant: Grant): Promise<PrivilegeLogEntryModel[]> {
    const parameters: unknown[] = [grant.subject.id];
    const visible = visibleToSql(
      grant.actor,
      PrivilegeLogEntrySubject,
      'pe.id',
      this.clock.now(),
      parameters,
    );
    return readEntries(this.dataSource.manager, `pe.set_id = $1 AND ${visible}`, parameters);
  }

  /** The set's served logs, first to last. grant: set.read. */
  async logsOfSet(grant: Grant): Promise<PrivilegeLogModel[]> {
    const logs = await this.dataSource.manager.find(PrivilegeLogEntity, {
      where: { setId: grant.subject.id },
      order: { sequence: 'ASC' },
    });
    if (logs.length === 0) return [];
    const entries = await readEntries(this.dataSource.manager, 'pe.log_id = ANY($1::uuid[])', [
      logs.map((l) => l.id),
    ]);
    return logs.map((l) =>
      toLogModel(
        l,
        entries.filter((e) => e.logId === l.id),
      ),
    );
  }

  /** grant: privilege-log-entry.read. */
  async entry(grant: Grant): Promise<PrivilegeLogEntryModel> {
    return (await readEntries(this.dataSource.manager, 'pe.id = $1', [grant.subject.id]))[0];
  }

  /** The served log as a PDF. grant: privilege-log.read. */
  async pdf(grant: Grant): Promise<PrintedPaper> {
    const log = await this.dataSource.manager.findOneByOrFail(PrivilegeLogEntity, { id: grant.subject.id });
    return {
      filename: paperFileName(log.paper.caption.caseNumber, log.paper.title),
      pdf: await renderPaper(privilegeLogDocument(log.paper)),
    };
  }

  /** The served log as CSV. grant: privilege-log.read. */
  async csv(grant: Grant): Promise<{ filename: string; csv: string }> {
    const log = await this.dataSource.manager.findOneByOrFail(PrivilegeLogEntity, { id: grant.subject.id });
    return {
      filename: paperFileName(log.paper.caption.caseNumber, log.paper.title).replace(/\.pdf$/, '.csv'),
      csv: privilegeLogCsv(log.paper),
    };
  }

  private checkParties(grant: SetGrant, input: { caseId: string; producingPartyId: string }) {
    if (input.caseId !== grant.caseId) throw new BadInputError('setId must be a set of this case (caseId).');
    if (input.producingPartyId !== grant.subject.parties.responding) {
      throw new BadInputError(
        'A privilege log is kept by the party the requests were served on (producingPartyId).',
      );
    }
  }

  /** One writer at a time on a party's log for a set, so numbers follow each other. */
  private async holdLog(manager: EntityManager, setId: string, partyId: string) {
    await manager.query(
      `SELECT pg_advisory_xact_lock(hashtextextended('privilege-log:' || $1 || ':' || $2, 0))`,
      [setId, partyId],
    );
  }

  private async courtOf(manager: EntityManager, caseId: string) {
    return this.courts.get((await this.directory.getCase(caseId, manager)).courtId, manager);
  }

  /** A range of pages the party produced in this case (a redacted document's), under one of its prefixes. */
  private async producedRange(manager: EntityManager, input: AddPrivilegeLogEntryInput, text: string) {
    const counters: Array<{ prefix: string; next_number: number }> = await manager.query(
      `SELECT prefix, next_number FROM bates_counters WHERE case_id = $1 AND party_id = $2 ORDER BY length(prefix) DESC`,
      [input.caseId, input.producingPartyId],
    );
    let reason = 'your party has produced nothing in this case yet';
    for (const counter of counters) {
      try {
        const range = parseBatesRange(text, counter.prefix);
        if (range.last < counter.next_number) return { prefix: counter.prefix, ...range };
        reason = `${counter.prefix} pages are produced only up to ${formatBates(counter.prefix, counter.next_number - 1)}`;
      } catch (error) {
        if (!(error instanceof BatesError)) throw error;
        reason = error.message;
      }
    }
    throw new BadInputError(`batesRange must be pages your party produced in this case: ${reason}`);
  }
}

function toLogModel(log: PrivilegeLogEntity, entries: PrivilegeLogEntryModel[]): PrivilegeLogModel {
  return {
    id: log.id,
    caseId: log.caseId,
    setId: log.setId,
    producingPartyId: log.producingPartyId,
    receivingPartyId: log.receivingPartyId,
    sequence: log.sequence,
    title: log.paper.title,
    servedAt: log.servedAt,
    servedOn: log.servedOn,
    serviceMethod: log.serviceMethod as PrivilegeLogModel['serviceMethod'],
    signature: log.signature,
    entries,
    pdfUrl: `/privilege-logs/${log.id}/log.pdf`,
    csvUrl: `/privilege-logs/${log.id}/log.csv`,
  };
}
