import { useMemo } from 'react';
import { Provider } from 'urql';
import { LanguageSwitcher } from '../components/language-switcher';
import { SignInPage } from '../features/auth/components/sign-in-page';
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
  // A programme's public sign-up page is the same for everyone, signed in or not.
  const join = parseJoinPath(route.path);
  if (join) return <PublicSignupApp {...join} />;
  // A new sign-in (another user) gets a fresh app, with nothing cached from the one before.
  return session ? <SignedInApp key={session.email} session={session} /> : <PublicApp />;
}

function PublicSignupApp({ tenantSlug, programmeId }: { tenantSlug: string; programmeId: string }) {
  // No token and no X-Tenant-Id: the page asks only public questions.
  const client = useMemo(() => createGraphqlClient({ url: runtimeConfig().graphqlUrl, tenantId: null, anonymous: true }), []);
  return (
    <Provider value={client}>
      <Layout tools={<LanguageSwitcher />}>
        <PublicSignupPage key={`${tenantSlug}/${programmeId}`} tenantSlug={tenantSlug} programmeId={programmeId} />
      </Layout>
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
