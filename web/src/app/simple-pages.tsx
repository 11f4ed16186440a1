import { FormattedMessage, useIntl } from 'react-intl';
import { PageHeading } from '../components/page-heading';
import { href } from '../lib/router';

export function NotAllowedPage() {
  const intl = useIntl();
  return (
    <>
      <PageHeading title={intl.formatMessage({ id: 'notAllowed.title' })} />
      <p>
        <FormattedMessage id="notAllowed.text" />
      </p>
      <a href={href('/')}>
        <FormattedMessage id="common.toHome" />
      </a>
    </>
  );
}

export function NotFoundPage() {
  const intl = useIntl();
  return (
    <>
      <PageHeading title={intl.formatMessage({ id: 'notFound.title' })} />
      <p>
        <FormattedMessage id="notFound.text" />
      </p>
      <a href={href('/')}>
        <FormattedMessage id="common.toHome" />
      </a>
    </>
  );
}

export function LoadingPage() {
  return (
    <p className="loading" role="status">
      <FormattedMessage id="common.loading" />
    </p>
  );
}
