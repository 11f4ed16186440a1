import { useMemo, type ReactNode } from 'react';
import { Provider } from 'urql';
import { LanguageSwitcher } from '../components/language-switcher';
import { SignInPage } from '../features/auth/components/sign-in-page';
import { parseIntakePath } from '../features/intake-invitation/api/intake-invitation';
import { IntakeInvitationPage } from '../features/intake-invitation/components/intake-invitation-page';
import { parseMatchInvitationPath } from '../features/match-invitation/api/match-invitation';
import { MatchInvitationPage } from '../features/match-invitation/components/match-invitation-page';
import { RequestAccountPage } from '../features/onboarding/components/request-account-page';
import { parseJoinPath } from '../features/public-signup/api/public-signup';
import { PublicSignupPage } from '../features/public-signup/components/public-signup-page';
import { runtimeConfig } from '../lib/config';
import { createGraphqlClient } from '../lib/graphql-client';
import { useRoute } from '../lib/router';
import { useSession } from '../lib/session';
import { Layout } from './layout';
import { SignedInApp } from './signed-in-app';

export function App() {
  const session = useSession();
  const route = useRoute();
  // A programme's public sign-up page and a newcomer's intake link are the same for everyone,
  // signed in or not.
  const join = parseJoinPath(route.path);
  if (join) {
    return (
      <AnonymousApp tools={<LanguageSwitcher />}>
        <PublicSignupPage key={`${join.tenantSlug}/${join.programmeId}`} {...join} />
      </AnonymousApp>
    );
  }
  const intake = parseIntakePath(route.path);
  if (intake) {
    // The intake page offers its languages itself, large, at the top of the page.
    return (
      <AnonymousApp>
        <IntakeInvitationPage key={`${intake.tenantSlug}/${intake.token}`} {...intake} />
      </AnonymousApp>
    );
  }
  const matchInvitation = parseMatchInvitationPath(route.path);
  if (matchInvitation) {
    // A buddy's or newcomer's answer to a proposed match: like the intake page, its languages at the top.
    return (
      <AnonymousApp>
        <MatchInvitationPage key={`${matchInvitation.tenantSlug}/${matchInvitation.token}`} {...matchInvitation} />
      </AnonymousApp>
    );
  }
  // A new sign-in (another user) gets a fresh app, with nothing cached from the one before.
  return session ? <SignedInApp key={session.email} session={session} /> : <PublicApp />;
}

function AnonymousApp({ tools, children }: { tools?: ReactNode; children: ReactNode }) {
  // No token and no X-Tenant-Id: the page asks only public questions.
  const client = useMemo(() => createGraphqlClient({ url: runtimeConfig().graphqlUrl, tenantId: null, anonymous: true }), []);
  return (
    <Provider value={client}>
      <Layout tools={tools}>{children}</Layout>
    </Provider>
  );
}

function PublicApp() {
  const route = useRoute();
  const client = useMemo(() => createGraphqlClient({ url: runtimeConfig().graphqlUrl, tenantId: null }), []);
  return (
    <Provider value={client}>
      <Layout tools={<LanguageSwitcher />}>
        {route.path === '/request-account' ? <RequestAccountPage signedIn={false} /> : <SignInPage />}
      </Layout>
    </Provider>
  );
}
