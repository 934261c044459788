import { registerEnumType } from '@nestjs/graphql';

export enum PartySide {
  PLAINTIFF = 'PLAINTIFF',
  DEFENDANT = 'DEFENDANT',
  THIRD_PARTY = 'THIRD_PARTY',
}

/** Only counsel and pro se litigants sign and serve (FRCP 26(g)); paralegals draft. */
export enum MemberRole {
  COUNSEL = 'COUNSEL',
  PRO_SE = 'PRO_SE',
  PARALEGAL = 'PARALEGAL',
}

registerEnumType(PartySide, { name: 'PartySide' });
registerEnumType(MemberRole, {
  name: 'MemberRole',
  description: 'COUNSEL and PRO_SE sign and serve (FRCP 26(g)); PARALEGAL drafts for counsel.',
});

/** A pro se party acts through the litigant alone; a represented party through counsel and staff. */
export function roleFitsParty(role: MemberRole, party: { proSe: boolean }): boolean {
  return party.proSe ? role === MemberRole.PRO_SE : role !== MemberRole.PRO_SE;
}

export function roleMismatchMessage(party: { name: string; proSe: boolean }): string {
  return party.proSe
    ? `${party.name} represents themselves (pro se), so its member joins as PRO_SE.`
    : `${party.name} is represented, so its members join as COUNSEL or PARALEGAL.`;
}
