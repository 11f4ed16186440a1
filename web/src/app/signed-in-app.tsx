import { useEffect, useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Provider, useMutation, useQuery } from 'urql';
import { ApiErrorNotice } from '../components/api-error-notice';
import { LanguageSwitcher } from '../components/language-switcher';
import { AuditLogPage } from '../features/audit-log/components/audit-log-page';
import { HomePage } from '../features/home/components/home-page';
import { MatchPage } from '../features/matching/components/match-page';
import { MatchingBoardPage } from '../features/matching/components/matching-board-page';
import { PersonMatchingSection } from '../features/matching/components/person-matching-section';
import { MATCH_ROUTE, MATCHING_BOARD_ROUTE } from '../features/matching/utils/paths';
import { MembersPage } from '../features/members/components/members-page';
import { OnboardingRequestsPage } from '../features/onboarding/components/onboarding-requests-page';
import { RequestAccountPage } from '../features/onboarding/components/request-account-page';
import { PeopleImportPage } from '../features/people-import/components/people-import-page';
import { PeoplePage } from '../features/people/components/people-page';
import { PersonPage } from '../features/people/components/person-page';
import { RegisterPersonPage } from '../features/people/components/register-person-page';
import { PROGRAMME_STATUSES, type ProgrammeStatus } from '../features/programmes/api/programmes';
import { NewProgrammePage } from '../features/programmes/components/new-programme-page';
import { ProgrammePage } from '../features/programmes/components/programme-page';
import { ProgrammesPage } from '../features/programmes/components/programmes-page';
import { TenantDirectoryPage } from '../features/tenant-directory/components/tenant-directory-page';
import { TenantSettingsPage } from '../features/tenant-settings/components/tenant-settings-page';
import { useLocale } from '../i18n/i18n-provider';
import { hasRememberedLocale, isUiLocale, type UiLocale } from '../i18n/locales';
import { runtimeConfig } from '../lib/config';
import { asLanguage, type OnboardingRequestStatus, type Role } from '../lib/domain';
import { createGraphqlClient } from '../lib/graphql-client';
import { href, matchPath, navigate, useRoute, type Route } from '../lib/router';
import { endSession, type Session } from '../lib/session';
import { Layout } from './layout';
import { LoadingPage, NotAllowedPage, NotFoundPage } from './simple-pages';
import { chooseTenant, rememberTenant } from './tenant-choice';
import { TenantSwitcher } from './tenant-switcher';
import { CurrentTenantQuery, UpdateMyProfileMutation, ViewerQuery, type CurrentTenant, type Viewer } from './viewer';

export function SignedInApp({ session }: { session: Session }) {
  const client = useMemo(() => createGraphqlClient({ url: runtimeConfig().graphqlUrl, tenantId: null }), []);
  return (
    <Provider value={client}>
      <ViewerGate session={session} />
    </Provider>
  );
}

function ViewerGate({ session }: { session: Session }) {
  const [{ data, error, fetching }, refetch] = useQuery({ query: ViewerQuery, variables: {}, requestPolicy: 'network-only' });
  const viewer = data?.viewer;
  const { setLocale } = useLocale();

  useEffect(() => {
    // The API did not recognise the token: start over at the sign-in page.
    if (data && !data.viewer) endSession('expired');
  }, [data]);

  useEffect(() => {
    // Someone who never picked a UI language in this browser gets the one stored in their profile.
    const preferred = viewer?.preferredLanguage?.toLowerCase();
    if (preferred && !hasRememberedLocale() && isUiLocale(preferred)) void setLocale(preferred);
  }, [viewer, setLocale]);

  if (viewer) return <TenantScope viewer={viewer} />;
  return (
    <Layout
      tools={
        <>
          <LanguageSwitcher />
          <UserTools email={session.email} />
        </>
      }
    >
      {error && !fetching ? <ApiErrorNotice error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} /> : <LoadingPage />}
    </Layout>
  );
}

function TenantScope({ viewer }: { viewer: Viewer }) {
  const [tenantId, setTenantId] = useState(() => chooseTenant(viewer));
  // X-Tenant-Id is fixed per client: another tenant gets another client (and an empty cache).
  const client = useMemo(() => createGraphqlClient({ url: runtimeConfig().graphqlUrl, tenantId }), [tenantId]);
  const switchTenant = (next: string) => {
    rememberTenant(viewer.id, next);
    setTenantId(next);
    navigate('/');
  };
  return (
    <Provider value={client}>
      <AppShell key={tenantId ?? 'none'} viewer={viewer} tenantId={tenantId} onSwitchTenant={switchTenant} />
    </Provider>
  );
}

interface AppShellProps {
  viewer: Viewer;
  tenantId: string | null;
  onSwitchTenant: (tenantId: string) => void;
}

function AppShell({ viewer, tenantId, onSwitchTenant }: AppShellProps) {
  const route = useRoute();
  const [{ data, error, fetching }, refetch] = useQuery({ query: CurrentTenantQuery, variables: {}, pause: !tenantId });
  const tenant = data?.tenant ?? null;
  const role = tenant?.viewerRole ?? null;
  const [, updateProfile] = useMutation(UpdateMyProfileMutation);
  const rememberLanguage = (locale: UiLocale) => {
    // Best effort: the profile language also drives e-mails; the UI has switched either way.
    const preferredLanguage = asLanguage(locale);
    if (preferredLanguage) void updateProfile({ input: { preferredLanguage } });
  };

  const tools = (
    <>
      {viewer.memberships.length > 1 ? (
        <TenantSwitcher memberships={viewer.memberships} tenantId={tenantId} onSwitch={onSwitchTenant} />
      ) : null}
      <LanguageSwitcher onChosen={rememberLanguage} />
      <UserTools email={viewer.email} />
    </>
  );

  const waiting = tenantId !== null && !tenant && fetching;
  return (
    <Layout tools={tools} nav={<MainNav route={route} role={role} isPlatformOperator={viewer.isPlatformOperator} />}>
      {tenantId && error ? <ApiErrorNotice error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} /> : null}
      {waiting ? (
        <LoadingPage />
      ) : (
        <Screen key={route.path} route={route} viewer={viewer} tenant={tenant} role={role} />
      )}
    </Layout>
  );
}

function Screen({ route, viewer, tenant, role }: { route: Route; viewer: Viewer; tenant: CurrentTenant | null; role: Role | null }) {
  const isAdmin = role === 'TENANT_ADMIN';
  // Programmes and people: coordinators and tenant admins.
  const coordinates = isAdmin || role === 'COORDINATOR';
  const id = route.params.get('id') ?? '';
  const board = matchPath(route.path, MATCHING_BOARD_ROUTE);
  if (board) return coordinates ? <MatchingBoardPage key={board.programmeId} programmeId={board.programmeId} /> : <NotAllowedPage />;
  const match = matchPath(route.path, MATCH_ROUTE);
  if (match) return coordinates ? <MatchPage key={match.matchId} id={match.matchId} /> : <NotAllowedPage />;
  switch (route.path) {
    case '/':
      return <HomePage email={viewer.email} isPlatformOperator={viewer.isPlatformOperator} tenant={tenant} role={role} />;
    case '/onboarding':
      return viewer.isPlatformOperator ? <OnboardingRequestsPage status={onboardingStatus(route)} /> : <NotAllowedPage />;
    case '/tenants':
      return viewer.isPlatformOperator ? <TenantDirectoryPage /> : <NotAllowedPage />;
    case '/members':
      return isAdmin ? <MembersPage viewerEmail={viewer.email} /> : <NotAllowedPage />;
    case '/settings':
      return isAdmin ? <TenantSettingsPage /> : <NotAllowedPage />;
    case '/audit':
      return isAdmin ? <AuditLogPage /> : <NotAllowedPage />;
    case '/programmes':
      return coordinates ? <ProgrammesPage status={programmeStatus(route)} /> : <NotAllowedPage />;
    case '/programmes/new':
      return coordinates ? <NewProgrammePage /> : <NotAllowedPage />;
    case '/programme':
      return coordinates ? <ProgrammePage key={id} id={id} created={route.params.has('created')} /> : <NotAllowedPage />;
    case '/newcomers':
    case '/buddies':
      return coordinates ? <PeoplePage role={route.path === '/newcomers' ? 'NEWCOMER' : 'BUDDY'} params={route.params} /> : <NotAllowedPage />;
    case '/newcomers/register':
    case '/buddies/register':
      return coordinates ? (
        <RegisterPersonPage role={route.path === '/newcomers/register' ? 'NEWCOMER' : 'BUDDY'} programmeId={route.params.get('programme')} />
      ) : (
        <NotAllowedPage />
      );
    case '/people/import':
      return coordinates ? (
        <PeopleImportPage role={route.params.get('role') === 'BUDDY' ? 'BUDDY' : 'NEWCOMER'} programmeId={route.params.get('programme')} />
      ) : (
        <NotAllowedPage />
      );
    case '/person':
      return coordinates ? (
        <PersonPage key={id} id={id} registered={route.params.has('registered')} isAdmin={isAdmin} matching={(props) => <PersonMatchingSection {...props} />} />
      ) : (
        <NotAllowedPage />
      );
    case '/request-account':
      return <RequestAccountPage signedIn />;
    default:
      return <NotFoundPage />;
  }
}

function programmeStatus(route: Route): ProgrammeStatus | null {
  const status = route.params.get('status');
  return (PROGRAMME_STATUSES as readonly string[]).includes(status ?? '') ? (status as ProgrammeStatus) : null;
}

function onboardingStatus(route: Route): OnboardingRequestStatus {
  const status = route.params.get('status');
  return status === 'APPROVED' || status === 'REJECTED' ? status : 'PENDING';
}

function MainNav({ route, role, isPlatformOperator }: { route: Route; role: Role | null; isPlatformOperator: boolean }) {
  const intl = useIntl();
  const items: { path: string; label: string }[] = [{ path: '/', label: intl.formatMessage({ id: 'nav.home' }) }];
  if (isPlatformOperator) {
    items.push(
      { path: '/onboarding', label: intl.formatMessage({ id: 'nav.onboarding' }) },
      { path: '/tenants', label: intl.formatMessage({ id: 'nav.tenants' }) },
    );
  }
  if (role === 'TENANT_ADMIN' || role === 'COORDINATOR') {
    items.push(
      { path: '/programmes', label: intl.formatMessage({ id: 'nav.programmes' }) },
      { path: '/newcomers', label: intl.formatMessage({ id: 'nav.newcomers' }) },
      { path: '/buddies', label: intl.formatMessage({ id: 'nav.buddies' }) },
    );
  }
  if (role === 'TENANT_ADMIN') {
    items.push(
      { path: '/members', label: intl.formatMessage({ id: 'nav.members' }) },
      { path: '/settings', label: intl.formatMessage({ id: 'nav.settings' }) },
      { path: '/audit', label: intl.formatMessage({ id: 'nav.audit' }) },
    );
  }
  return (
    <nav className="main-nav" aria-label={intl.formatMessage({ id: 'nav.label' })}>
      <ul>
        {items.map((item) => (
          <li key={item.path}>
            <a href={href(item.path)} aria-current={route.path === item.path ? 'page' : undefined}>
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function UserTools({ email }: { email: string }) {
  return (
    <div className="user-tools">
      <span className="user-email">{email}</span>
      <button
        type="button"
        className="button button-small button-header"
        onClick={() => {
          endSession('signed-out');
          navigate('/');
        }}
      >
        <FormattedMessage id="layout.signOut" />
      </button>
    </div>
  );
}
