import { graphql } from '../graphql/graphql';

/**
 * The signed-in session: the short-lived access token lives in memory only; the single-use refresh
 * token is kept in this browser so a reload (or a token running out mid-form) does not sign anyone out.
 */
export interface Session {
  accessToken: string;
  accessTokenExpiresAt: string;
  user: { id: string; name: string; email: string; role: string };
}

const REFRESH_KEY = 'parley.refreshToken';

/** What every way of signing in answers with; unmasked, so the session reads it directly. */
const SESSION_FIELDS = graphql(`
  fragment SessionFields on AuthPayload @_unmask {
    accessToken
    accessTokenExpiresAt
    refreshToken
    user {
      id
      name
      email
      role
    }
  }
`);

export const LOGIN = graphql(
  `
    mutation Login($input: LoginInput!) {
      login(input: $input) {
        ...SessionFields
      }
    }
  `,
  [SESSION_FIELDS],
);

export const REGISTER = graphql(
  `
    mutation Register($input: RegisterInput!) {
      register(input: $input) {
        ...SessionFields
      }
    }
  `,
  [SESSION_FIELDS],
);

export const REFRESH = graphql(
  `
    mutation Refresh($refreshToken: String!) {
      refreshSession(refreshToken: $refreshToken) {
        ...SessionFields
      }
    }
  `,
  [SESSION_FIELDS],
);

export const storedRefreshToken = () => window.localStorage.getItem(REFRESH_KEY);
export const storeRefreshToken = (token: string | null) =>
  token ? window.localStorage.setItem(REFRESH_KEY, token) : window.localStorage.removeItem(REFRESH_KEY);
