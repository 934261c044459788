import { Injectable, OnModuleInit, SetMetadata } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { CalendarDate } from '@parley/platform';
import { EntityManager } from 'typeorm';
import { MailingPaperKind } from '../mailing-enums';

/**
 * The lib that owns a kind of paper prints it for the packet, and keeps its own dates right when the
 * paper goes in the mail later than it says it was served.
 */
export interface MailedPaper {
  /** The paper's PDF exactly as served or sent. */
  print(paperId: string): Promise<Uint8Array>;
  /**
   * Mailed on `mailedOn`, after the day the paper gives as its service: service by mail is complete on
   * mailing (FRCP 5(b)(2)(C)), so what runs from service runs from that day. Answers the day now due
   * of the party it was mailed `to`, or null where nothing runs from it for that party.
   */
  mailedAfterService(
    manager: EntityManager,
    actorId: string,
    paperId: string,
    mailedOn: CalendarDate,
    to: { partyId: string },
  ): Promise<CalendarDate | null>;
}

const MAILS_METADATA = 'parley:mailed-paper';
export const MailsPaper = (kind: MailingPaperKind) => SetMetadata(MAILS_METADATA, kind);

/** Finds the papers' owners; the API refuses to start unless every kind has exactly one. */
@Injectable()
export class MailedPapers implements OnModuleInit {
  private readonly owners = new Map<MailingPaperKind, MailedPaper>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    const found = new Map<MailingPaperKind, MailedPaper[]>();
    for (const wrapper of this.discovery.getProviders()) {
      if (!wrapper.metatype || !wrapper.instance) continue;
      const kind = this.reflector.get<MailingPaperKind | undefined>(MAILS_METADATA, wrapper.metatype);
      if (kind) found.set(kind, [...(found.get(kind) ?? []), wrapper.instance as MailedPaper]);
    }
    const problems = Object.values(MailingPaperKind)
      .map((kind) => [kind, found.get(kind) ?? []] as const)
      .filter(([, owners]) => owners.length !== 1)
      .map(([kind, owners]) => `${kind} has ${owners.length}`);
    if (problems.length)
      throw new Error(`Every kind of mailed paper needs one owner: ${problems.join('; ')}`);
    for (const [kind, [owner]] of found) this.owners.set(kind, owner);
  }

  of(kind: MailingPaperKind): MailedPaper {
    const owner = this.owners.get(kind);
    if (!owner) throw new Error(`No owner for ${kind} papers`);
    return owner;
  }
}
