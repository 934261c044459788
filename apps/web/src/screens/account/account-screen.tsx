import { GridContainer } from '@trussworks/react-uswds';
import { ApiTokens } from './api-tokens';
import { NoticePreferences } from './notice-preferences';
import { Webhooks } from './webhooks';

/** Your account, whoever you are: API tokens, webhooks and how notices reach you. */
export function AccountScreen() {
  return (
    <GridContainer className="padding-y-4">
      <h1>Your account</h1>
      <ApiTokens />
      <Webhooks />
      <NoticePreferences />
    </GridContainer>
  );
}
