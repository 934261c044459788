import { Foundation1795839244860 } from './1795839244860-Foundation';
import { DiscoveryExchange1795842992392 } from './1795842992392-DiscoveryExchange';
import { MeetAndConfer1795844912235 } from './1795844912235-MeetAndConfer';
import { DeadlinesAndNotices1795846607260 } from './1795846607260-DeadlinesAndNotices';
import { PrivateChains1796026179463 } from './1796026179463-PrivateChains';
import { WhoSeesWhat1796026805773 } from './1796026805773-WhoSeesWhat';
import { LegacyAgreementsAndNotices1796100000000 } from './1796100000000-LegacyAgreementsAndNotices';
import { CourtReadyPapers1796200000000 } from './1796200000000-CourtReadyPapers';
import { CalendarChanges1796300000000 } from './1796300000000-CalendarChanges';
import { GateClosedToGaming1796400000000 } from './1796400000000-GateClosedToGaming';
import { LetterPapers1796500000000 } from './1796500000000-LetterPapers';
import { Documents1796600000000 } from './1796600000000-Documents';
import { PapersByMail1796700000000 } from './1796700000000-PapersByMail';
import { Mailings1796800000000 } from './1796800000000-Mailings';
import { CourtMailings1796900000000 } from './1796900000000-CourtMailings';
import { PaperFilings1797000000000 } from './1797000000000-PaperFilings';
import { PaperFilingResponses1797100000000 } from './1797100000000-PaperFilingResponses';
import { Productions1797200000000 } from './1797200000000-Productions';
import { WebhookCommitOrder1797300000000 } from './1797300000000-WebhookCommitOrder';

/** Applied in this order; a test checks that every migration file in this folder is listed. */
export const MIGRATIONS = [
  Foundation1795839244860,
  DiscoveryExchange1795842992392,
  MeetAndConfer1795844912235,
  DeadlinesAndNotices1795846607260,
  PrivateChains1796026179463,
  WhoSeesWhat1796026805773,
  LegacyAgreementsAndNotices1796100000000,
  CourtReadyPapers1796200000000,
  CalendarChanges1796300000000,
  GateClosedToGaming1796400000000,
  LetterPapers1796500000000,
  Documents1796600000000,
  PapersByMail1796700000000,
  Mailings1796800000000,
  CourtMailings1796900000000,
  PaperFilings1797000000000,
  PaperFilingResponses1797100000000,
  Productions1797200000000,
  WebhookCommitOrder1797300000000,
];
