import {
  createContext,
  ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { cacheExchange, Client, fetchExchange, Provider } from 'urql';
import { VariablesOf } from '../graphql/graphql';
import { LOGIN, REFRESH, REGISTER, Session, storedRefreshToken, storeRefreshToken } from './session';

export type Registration = VariablesOf<typeof REGISTER>['input'];

type State = { status: 'loading' } | { status: 'signedOut' } | { status: 'signedIn'; session: Session };

export interface SessionApi {
  state: State;
  /** Resolves to an error message in plain words, or null when signed in. */
  signIn(email: string, password: string): Promise<string | null>;
  /** Creates the account and signs in; like signIn, resolves to what went wrong or null. */
  register(input: Registration): Promise<string | null>;
  signOut(): void;
  /** A request to one of the API's routes (a paper's PDF) with the session's token; `signal` stops it. */
  fetchWithSession(path: string, signal?: AbortSignal): Promise<Response>;
  /** A file sent to one of the API's routes with the session's token, telling its progress as it goes. */
  uploadWithSession(path: string, form: FormData, onProgress: (fraction: number) => void): Promise<Uploaded>;
}

/** What an upload answered: its status and its JSON body (the document, or the API's errors). */
export interface Uploaded {
  status: number;
  body: unknown;
}

/** XMLHttpRequest, since fetch tells nothing of an upload's progress. */
function upload(path: string, form: FormData, token: string | null, onProgress: (fraction: number) => void) {
  return new Promise<Uploaded>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', path);
    if (token) request.setRequestHeader('authorization', `Bearer ${token}`);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        // A proxy's page or nothing at all: the status alone says it failed.
      }
      resolve({ status: request.status, body });
    };
    request.onerror = () =>
      reject(new Error('The upload did not reach Parley. Check the connection and try again.'));
    request.send(form);
  });
}

/** Exported for component tests, which give a form a session of their own. */
export const SessionContext = createContext<SessionApi | null>(null);

export function useSession(): SessionApi {
  const api = useContext(SessionContext);
  if (!api) throw new Error('useSession outside SessionProvider');
  return api;
}

const GRAPHQL_URL = '/graphql';
/** Refresh this long before the access token runs out, so a form being filled in never meets an expired one. */
const REFRESH_EARLY_MS = 60_000;

/** The API's own words for a refusal: its messages are written for people. */
function messageOf(error: { graphQLErrors?: Array<{ message: string }>; networkError?: Error } | undefined) {
  if (!error) return 'Something went wrong. Try again.';
  if (error.graphQLErrors?.length) return error.graphQLErrors.map((e) => e.message).join(' ');
  return 'Parley could not be reached. Check your connection and try again.';
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const token = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // One client for the whole session; it reads the current token on every request.
  const client = useMemo(
    () =>
      new Client({
        url: GRAPHQL_URL,
        exchanges: [cacheExchange, fetchExchange],
        requestPolicy: 'cache-and-network',
        fetchOptions: () => (token.current ? { headers: { authorization: `Bearer ${token.current}` } } : {}),
      }),
    [],
  );

  const refreshing = useRef<() => Promise<void>>(async () => undefined);

  const accept = useCallback((payload: Session & { refreshToken: string }) => {
    token.current = payload.accessToken;
    storeRefreshToken(payload.refreshToken);
    setState({ status: 'signedIn', session: payload });
    clearTimeout(timer.current);
    const wait = new Date(payload.accessTokenExpiresAt).getTime() - Date.now() - REFRESH_EARLY_MS;
    timer.current = setTimeout(() => void refreshing.current(), Math.max(wait, 5_000));
  }, []);

  const refresh = useCallback(async () => {
    const refreshToken = storedRefreshToken();
    if (!refreshToken) return setState({ status: 'signedOut' });
    const result = await client
      .mutation(REFRESH, { refreshToken }, { requestPolicy: 'network-only' })
      .toPromise();
    if (result.data) return accept(result.data.refreshSession);
    storeRefreshToken(null);
    token.current = null;
    setState({ status: 'signedOut' });
  }, [client, accept]);
  refreshing.current = refresh;

  useEffect(() => {
    void refresh();
    return () => clearTimeout(timer.current);
  }, [refresh]);

  const api = useMemo<SessionApi>(
    () => ({
      state,
      async signIn(email, password) {
        const result = await client.mutation(LOGIN, { input: { email, password } }).toPromise();
        if (!result.data) return messageOf(result.error);
        accept(result.data.login);
        return null;
      },
      async register(input) {
        const result = await client.mutation(REGISTER, { input }).toPromise();
        if (!result.data) return messageOf(result.error);
        accept(result.data.register);
        return null;
      },
      fetchWithSession(path, signal) {
        return fetch(path, {
          headers: token.current ? { authorization: `Bearer ${token.current}` } : {},
          signal,
        });
      },
      uploadWithSession(path, form, onProgress) {
        return upload(path, form, token.current, onProgress);
      },
      signOut() {
        clearTimeout(timer.current);
        storeRefreshToken(null);
        token.current = null;
        setState({ status: 'signedOut' });
      },
    }),
    [state, client, accept],
  );

  return (
    <SessionContext.Provider value={api}>
      <Provider value={client}>{children}</Provider>
    </SessionContext.Provider>
  );
}
