import { SystemRole } from './system-role';

export type ApiTokenScope = 'READ' | 'WRITE';

/** Who is making a request, as established by authentication. */
export interface Actor {
  userId: string;
  role: SystemRole;
  courtId: string | null;
  /** How the request authenticated: an API client acts with its token's scopes, never more than its user. */
  via: 'session' | 'api-token';
  scopes: readonly ApiTokenScope[];
}
