import { useRef } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ApiErrorNotice } from '../../../components/api-error-notice';
import { LoadMore } from '../../../components/load-more';
import { PageHeading } from '../../../components/page-heading';
import type { OnboardingRequestStatus } from '../../../lib/domain';
import { href } from '../../../lib/router';
import { usePaginatedQuery } from '../../../lib/use-paginated-query';
import { ONBOARDING_PAGE_SIZE, OnboardingRequestsQuery } from '../api/onboarding-requests';
import { OnboardingRequestCard } from './onboarding-request-card';

const STATUSES: OnboardingRequestStatus[] = ['PENDING', 'APPROVED', 'REJECTED'];

export function OnboardingRequestsPage({ status }: { status: OnboardingRequestStatus }) {
  const intl = useIntl();
  const list = useRef<HTMLUListElement>(null);
  const requests = usePaginatedQuery(
    OnboardingRequestsQuery,
    { status, first: ONBOARDING_PAGE_SIZE },
    (data) => data.onboardingRequests,
  );

  return (
    <>
      <PageHeading title={intl.formatMessage({ id: 'onboarding.title' })} />
      <nav aria-label={intl.formatMessage({ id: 'onboarding.statusNav' })} className="segmented">
        {STATUSES.map((s) => (
          <a key={s} href={href('/onboarding', { status: s })} aria-current={s === status ? 'page' : undefined}>
            {intl.formatMessage({ id: `onboarding.status.${s}` })}
          </a>
        ))}
      </nav>
      <h2 className="visually-hidden">{intl.formatMessage({ id: `onboarding.status.${status}` })}</h2>
      {requests.error ? <ApiErrorNotice error={requests.error} onRetry={requests.reload} /> : null}
      {!requests.fetching && !requests.error && requests.nodes.length === 0 ? (
        <p className="empty">
          <FormattedMessage id={`onboarding.empty.${status}`} />
        </p>
      ) : null}
      <ul ref={list} className="card-list" aria-busy={requests.fetching}>
        {requests.nodes.map((request) => (
          <li key={request.id}>
            <OnboardingRequestCard request={request} onStale={requests.reload} />
          </li>
        ))}
      </ul>
      <LoadMore
        listRef={list}
        count={requests.nodes.length}
        fetching={requests.fetching}
        hasNextPage={requests.hasNextPage}
        onLoadMore={requests.loadMore}
      />
    </>
  );
}
