import { EntityManager } from 'typeorm';

/** A record's standing as the other side left it: what the court's packet shows. */
export interface RecordStandingChange {
  disputeId: string;
  recordId: string;
  /** CONFIRMED or CONTESTED. */
  standing: 'CONFIRMED' | 'CONTESTED';
  contestReason: string | null;
  answeredAt: Date;
}

/**
 * What the conferral lib asks of the court's side about an escalated dispute: whether its joint
 * letter is still open (a record may be confirmed or contested until the other side's part is due,
 * DOMAIN.md "The gate, closed to gaming"), and to show a confirmation or contest in the packet.
 * The court-review lib registers one (DisputeRecords.watchPackets); the conferral lib never reads
 * or writes its tables.
 */
export interface PacketWatcher {
  letterOpen(manager: EntityManager, disputeId: string, now: Date): Promise<boolean>;
  recordAnswered(manager: EntityManager, change: RecordStandingChange): Promise<void>;
}
