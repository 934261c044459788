import { vi } from 'vitest';
import { MailedPaper } from './record-forms';

/** A paper Luckert (in custody, not on Parley) mailed to Ochoa's counsel, its scan uploaded. */
export const mailedPaper = (onDone = vi.fn()): MailedPaper => ({
  caseId: 'c1',
  sender: { id: 'luckert', name: 'Luckert', incarcerated: true },
  mine: 'ochoa',
  scanId: 'scan-1',
  timeZone: 'America/Los_Angeles',
  today: '2026-12-01',
  onDone,
});
