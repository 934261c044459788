import { GridContainer } from '@trussworks/react-uswds';
import { ApiTokens } from './api-tokens';
import { CalendarFeeds } from './calendar-feeds';
import { NoticePreferences } from './notice-preferences';
import { SignatureBlock } from './signature-block';
import { Webhooks } from './webhooks';

/** Your account, whoever you are: your signature block, API tokens, webhooks, calendar addresses and how notices reach you. */
export function AccountScreen() {
  return (
    <GridContainer className="padding-y-4">
      <h1>Your account</h1>
      <SignatureBlock />
      <ApiTokens />
      <Webhooks />
      <CalendarFeeds />
      <NoticePreferences />
    </GridContainer>
  );
}
