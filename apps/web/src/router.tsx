import { Button, Header, Title } from '@trussworks/react-uswds';
import {
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Link,
  Navigate,
  Outlet,
  useRouterState,
} from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { HomeScreen } from './screens/home-screen';
import { SignInScreen } from './screens/sign-in-screen';
import { useSession } from './session/session-context';

const SIGN_IN = '/sign-in';
const REGISTER = '/register';
/** Reached signed out: an invitation link lets its reader sign in or register on the way. */
const isPublic = (path: string) => path === SIGN_IN || path === REGISTER || path.startsWith('/invitations/');

/** The frame of every screen; nothing of a screen shows until the session is known (no flash of the wrong one). */
function Layout() {
  const { state, signOut } = useSession();
  const path = useRouterState({ select: (s) => s.location.pathname });
  if (state.status === 'loading') {
    return (
      <main id="main-content" className="grid-container padding-y-4">
        <p aria-live="polite">Opening Parley…</p>
      </main>
    );
  }
  if (state.status === 'signedOut' && !isPublic(path)) return <Navigate to={SIGN_IN} />;
  if (state.status === 'signedIn' && (path === SIGN_IN || path === REGISTER)) return <Navigate to="/" />;
  return (
    <>
      <a className="usa-skipnav" href="#main-content">
        Skip to main content
      </a>
      <Header basic>
        <div className="usa-nav-container">
          <div className="usa-navbar">
            <Title>Parley</Title>
          </div>
          {state.status === 'signedIn' && (
            <div className="display-flex flex-align-center flex-wrap padding-x-2 padding-y-1">
              <span className="margin-right-2">{state.session.user.name}</span>
              <Link to="/account" className="usa-link margin-right-2">
                Your account
              </Link>
              <Button type="button" outline onClick={signOut}>
                Sign out
              </Button>
            </div>
          )}
        </div>
      </Header>
      <main id="main-content">
        <Outlet />
      </main>
    </>
  );
}

// The court's and the admin's screens load only for them: a party's first screen stays small.
const DocketScreen = lazy(() =>
  import('./screens/court/docket-screen').then((m) => ({ default: m.DocketScreen })),
);
const CourtsScreen = lazy(() =>
  import('./screens/admin/courts-screen').then((m) => ({ default: m.CourtsScreen })),
);

const loading = <p className="grid-container padding-y-4">Loading…</p>;

/** Each audience's first screen: a party's deadlines, the court's docket, an admin's courts. */
function FirstScreen() {
  const { state } = useSession();
  if (state.status !== 'signedIn') return null;
  switch (state.session.user.role) {
    case 'COURT_STAFF':
      return (
        <Suspense fallback={loading}>
          <DocketScreen />
        </Suspense>
      );
    case 'ADMIN':
      return (
        <Suspense fallback={loading}>
          <CourtsScreen />
        </Suspense>
      );
    default:
      return <HomeScreen />;
  }
}

const root = createRootRoute({ component: Layout });
const home = createRoute({ getParentRoute: () => root, path: '/', component: FirstScreen });
const signIn = createRoute({ getParentRoute: () => root, path: SIGN_IN, component: SignInScreen });
const register = createRoute({
  getParentRoute: () => root,
  path: REGISTER,
  component: lazyRouteComponent(() => import('./screens/register-screen'), 'RegisterScreen'),
});
const invitation = createRoute({
  getParentRoute: () => root,
  path: '/invitations/$token',
  component: lazyRouteComponent(() => import('./screens/invitation-screen'), 'InvitationScreen'),
});
const escalation = createRoute({
  getParentRoute: () => root,
  path: '/escalations/$escalationId',
  component: lazyRouteComponent(() => import('./screens/court/escalation-screen'), 'EscalationScreen'),
});

const openCase = createRoute({
  getParentRoute: () => root,
  path: '/cases/new',
  component: lazyRouteComponent(() => import('./screens/case/open-case-screen'), 'OpenCaseScreen'),
});

const theCase = createRoute({
  getParentRoute: () => root,
  path: '/cases/$caseId',
  component: lazyRouteComponent(() => import('./screens/case/case-screen'), 'CaseScreen'),
});

const serveSet = createRoute({
  getParentRoute: () => root,
  path: '/cases/$caseId/serve',
  component: lazyRouteComponent(() => import('./screens/case/serve-set-screen'), 'ServeSetScreen'),
});

const recordPaper = createRoute({
  getParentRoute: () => root,
  path: '/cases/$caseId/record-paper',
  component: lazyRouteComponent(() => import('./screens/mail/record-paper-screen'), 'RecordPaperScreen'),
});

const answerSet = createRoute({
  getParentRoute: () => root,
  path: '/sets/$setId/answer',
  component: lazyRouteComponent(() => import('./screens/sets/answer-set-screen'), 'AnswerSetScreen'),
});

const setView = createRoute({
  getParentRoute: () => root,
  path: '/sets/$setId',
  component: lazyRouteComponent(() => import('./screens/sets/set-screen'), 'SetScreen'),
});

const produce = createRoute({
  getParentRoute: () => root,
  path: '/sets/$setId/produce',
  component: lazyRouteComponent(
    () => import('./screens/productions/production-builder-screen'),
    'ProductionBuilderScreen',
  ),
});

const privilegeLog = createRoute({
  getParentRoute: () => root,
  path: '/sets/$setId/privilege-log',
  component: lazyRouteComponent(
    () => import('./screens/privilege-log/privilege-log-screen'),
    'PrivilegeLogScreen',
  ),
});

const production = createRoute({
  getParentRoute: () => root,
  path: '/productions/$productionId',
  component: lazyRouteComponent(() => import('./screens/productions/production-screen'), 'ProductionScreen'),
});

const clawback = createRoute({
  getParentRoute: () => root,
  path: '/clawbacks/$clawbackId',
  component: lazyRouteComponent(() => import('./screens/productions/clawback-screen'), 'ClawbackScreen'),
});

const dispute = createRoute({
  getParentRoute: () => root,
  path: '/disputes/$disputeId',
  component: lazyRouteComponent(() => import('./screens/disputes/dispute-screen'), 'DisputeScreen'),
});

const account = createRoute({
  getParentRoute: () => root,
  path: '/account',
  component: lazyRouteComponent(() => import('./screens/account/account-screen'), 'AccountScreen'),
});

const countDeadline = createRoute({
  getParentRoute: () => root,
  path: '/count-a-deadline',
  component: lazyRouteComponent(() => import('./screens/tools/count-deadline-screen'), 'CountDeadlineScreen'),
});

const court = createRoute({
  getParentRoute: () => root,
  path: '/courts/$courtId',
  component: lazyRouteComponent(() => import('./screens/admin/court-screen'), 'CourtScreen'),
});

const intake = createRoute({
  getParentRoute: () => root,
  path: '/court/intake',
  component: lazyRouteComponent(() => import('./screens/court/intake/intake-screen'), 'IntakeScreen'),
});
const filing = createRoute({
  getParentRoute: () => root,
  path: '/court/filings/$filingId',
  component: lazyRouteComponent(() => import('./screens/court/intake/filing-screen'), 'FilingScreen'),
});
const answerFiling = createRoute({
  getParentRoute: () => root,
  path: '/filings/$filingId',
  component: lazyRouteComponent(() => import('./screens/filings/filing-answer-screen'), 'FilingAnswerScreen'),
});
const docketConflicts = createRoute({
  getParentRoute: () => root,
  path: '/court/docket-conflicts',
  component: lazyRouteComponent(
    () => import('./screens/court/docket-conflicts-screen'),
    'DocketConflictsScreen',
  ),
});

export const router = createRouter({
  routeTree: root.addChildren([
    home,
    signIn,
    register,
    invitation,
    escalation,
    openCase,
    theCase,
    serveSet,
    recordPaper,
    answerSet,
    setView,
    produce,
    privilegeLog,
    production,
    clawback,
    dispute,
    account,
    court,
    countDeadline,
    docketConflicts,
    intake,
    filing,
    answerFiling,
  ]),
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
