import { EntityManager, In } from 'typeorm';
import { MembershipEntity } from './membership.entity';

/** The users who represent any of these parties: who hears of what concerns them. */
export async function memberUserIds(manager: EntityManager, partyIds: readonly string[]): Promise<string[]> {
  if (partyIds.length === 0) return [];
  const rows = await manager.find(MembershipEntity, {
    where: { partyId: In([...partyIds]) },
    select: { userId: true },
  });
  return [...new Set(rows.map((m) => m.userId))];
}
