import { FormattedMessage, useIntl } from 'react-intl';
import { PageHeading } from '../../../components/page-heading';
import type { Role } from '../../../lib/domain';
import { href } from '../../../lib/router';

const COORDINATOR_LINKS = [
  { path: '/programmes', label: 'nav.programmes', text: 'home.programmes.text' },
  { path: '/newcomers', label: 'nav.newcomers', text: 'home.newcomers.text' },
  { path: '/buddies', label: 'nav.buddies', text: 'home.buddies.text' },
] as const;

interface HomePageProps {
  email: string;
  isPlatformOperator: boolean;
  tenant: { name: string; slug: string } | null;
  role: Role | null;
}

export function HomePage({ email, isPlatformOperator, tenant, role }: HomePageProps) {
  const intl = useIntl();
  return (
    <>
      <PageHeading title={intl.formatMessage({ id: 'home.title' })} />
      <p className="lead">
        <FormattedMessage id="home.signedInAs" values={{ email: <strong>{email}</strong> }} />
      </p>
      {tenant && role ? (
        <section className="card" aria-labelledby="home-tenant">
          <h2 id="home-tenant">
            <FormattedMessage id="home.yourTenant" />
          </h2>
          <dl className="details details-large">
            <div>
              <dt>
                <FormattedMessage id="home.tenant" />
              </dt>
              <dd data-testid="home-tenant-name">{tenant.name}</dd>
            </div>
            <div>
              <dt>
                <FormattedMessage id="home.role" />
              </dt>
              <dd data-testid="home-role">{intl.formatMessage({ id: `role.${role}` })}</dd>
            </div>
          </dl>
          {role === 'TENANT_ADMIN' || role === 'COORDINATOR' ? (
            <ul className="quick-links">
              {/* Coordinators and tenant admins run programmes; tenant admins also the tenant. */}
              {COORDINATOR_LINKS.map((link) => (
                <li key={link.path}>
                  <a href={href(link.path)}>
                    <FormattedMessage id={link.label} />
                  </a>
                  <span>
                    <FormattedMessage id={link.text} />
                  </span>
                </li>
              ))}
              {role === 'TENANT_ADMIN' ? (
                <>
                  <li>
                    <a href={href('/members')}>
                      <FormattedMessage id="nav.members" />
                    </a>
                    <span>
                      <FormattedMessage id="home.members.text" />
                    </span>
                  </li>
                  <li>
                    <a href={href('/settings')}>
                      <FormattedMessage id="nav.settings" />
                    </a>
                    <span>
                      <FormattedMessage id="home.settings.text" />
                    </span>
                  </li>
                  <li>
                    <a href={href('/audit')}>
                      <FormattedMessage id="nav.audit" />
                    </a>
                    <span>
                      <FormattedMessage id="home.audit.text" />
                    </span>
                  </li>
                </>
              ) : null}
            </ul>
          ) : null}
        </section>
      ) : null}
      {isPlatformOperator ? (
        <section className="card" aria-labelledby="home-operator">
          <h2 id="home-operator">
            <FormattedMessage id="home.operator.title" />
          </h2>
          <p>
            <FormattedMessage id="home.operator.text" />
          </p>
          <ul className="quick-links">
            <li>
              <a href={href('/onboarding')}>
                <FormattedMessage id="nav.onboarding" />
              </a>
              <span>
                <FormattedMessage id="home.operator.onboarding.text" />
              </span>
            </li>
            <li>
              <a href={href('/tenants')}>
                <FormattedMessage id="nav.tenants" />
              </a>
              <span>
                <FormattedMessage id="home.operator.tenants.text" />
              </span>
            </li>
          </ul>
        </section>
      ) : null}
      {!tenant && !isPlatformOperator ? (
        <section className="card">
          <p>
            <FormattedMessage id="home.noTenant" />
          </p>
        </section>
      ) : null}
    </>
  );
}
