/**
 * Who may see an event: every party of its case (the case's chain), one party alone (that party's
 * own chain: private work such as a draft), or a court (its own chain: its staff accounts).
 */
export type Audience = 'case' | 'party' | 'court';

/** What a notice may name, looked up when it is delivered (names may have changed since). */
export interface NoticeContext {
  partyName(partyId: string | null | undefined): string;
  caseTitle: string;
  docketNumber: string;
}

export interface NoticeDefinition<Data> {
  /** The NotificationKind clients filter on. */
  kind: string;
  /**
   * The text for the members of one party, composed at delivery from the event's stored data (job
   * data carries ids only); null tells that party nothing.
   */
  compose(data: Data, context: NoticeContext, partyId: string): string | null;
}

/** What the court's staff are told; it carries no case id: they reach a case only through their docket. */
export interface CourtNoticeDefinition<Data> {
  kind: string;
  compose(data: Data, context: NoticeContext): string;
}

/**
 * A kind of thing that happens, typed by its data. Published through DomainEvents.publish, which writes
 * the audit link to the audience's chain and, when it notifies, the outbox row, in the caller's
 * transaction.
 */
export interface EventDefinition<Data extends object = Record<string, unknown>> {
  /** The audit action, unique: SET_SERVED. */
  action: string;
  subjectType: string;
  audience: Audience;
  notice?: NoticeDefinition<Data>;
  courtNotice?: CourtNoticeDefinition<Data>;
}

const definitions = new Map<string, EventDefinition<object>>();

export function defineEvent<Data extends object>(definition: EventDefinition<Data>): EventDefinition<Data> {
  if (definitions.has(definition.action)) throw new Error(`Event ${definition.action} is defined twice`);
  definitions.set(definition.action, definition as unknown as EventDefinition<object>);
  return definition;
}

export function eventDefinition(action: string): EventDefinition<object> | undefined {
  return definitions.get(action);
}

export function definedEvents(): EventDefinition<object>[] {
  return [...definitions.values()];
}
