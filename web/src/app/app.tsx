import { useMemo } from 'react';
import { Provider } from 'urql';
import { LanguageSwitcher } from '../components/language-switcher';
import { SignInPage } from '../features/auth/components/sign-in-page';
import { RequestAccountPage } from '../features/onboarding/components/request-account-page';
import { runtimeConfig } from '../lib/config';
import { createGraphqlClient } from '../lib/graphql-client';
import { useRoute } from '../lib/router';
import { useSession } from '../lib/session';
import { Layout } from './layout';
import { SignedInApp } from './signed-in-app';

export function App() {
  const session = useSession();
  // A new sign-in (another user) gets a fresh app, with nothing cached from the one before.
  return session ? <SignedInApp key={session.email} session={session} /> : <PublicApp />;
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
