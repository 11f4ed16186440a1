import { useRef } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ApiErrorNotice } from '../../../components/api-error-notice';
import { LoadMore } from '../../../components/load-more';
import { PageHeading } from '../../../components/page-heading';
import { languageName } from '../../../lib/domain';
import { href } from '../../../lib/router';
import { usePaginatedQuery } from '../../../lib/use-paginated-query';
import { PROGRAMME_STATUSES, PROGRAMMES_PAGE_SIZE, ProgrammesQuery, type ProgrammeStatus } from '../api/programmes';

/** The tenant's programmes, all or of one status (`?status=ACTIVE`). */
export function ProgrammesPage({ status }: { status: ProgrammeStatus | null }) {
  const intl = useIntl();
  const tbody = useRef<HTMLTableSectionElement>(null);
  const programmes = usePaginatedQuery(ProgrammesQuery, { status, first: PROGRAMMES_PAGE_SIZE }, (data) => data.programmes);
  const label = (id: 'programmes.kind' | 'programmes.status' | 'programmes.languages' | 'programmes.hourTarget') => intl.formatMessage({ id });

  return (
    <>
      <PageHeading title={intl.formatMessage({ id: 'programmes.title' })} />
      <p className="lead">
        <FormattedMessage id="programmes.intro" />
      </p>
      <p>
        <a className="button button-primary" href={href('/programmes/new')}>
          <FormattedMessage id="programmes.new" />
        </a>
      </p>
      <nav aria-label={intl.formatMessage({ id: 'programmes.statusNav' })}>
        <div className="segmented">
          <a href={href('/programmes')} aria-current={status === null ? 'page' : undefined}>
            <FormattedMessage id="programmes.status.all" />
          </a>
          {PROGRAMME_STATUSES.map((s) => (
            <a key={s} href={href('/programmes', { status: s })} aria-current={status === s ? 'page' : undefined}>
              {intl.formatMessage({ id: `programmeStatus.${s}` })}
            </a>
          ))}
        </div>
      </nav>
      {programmes.error ? <ApiErrorNotice error={programmes.error} onRetry={programmes.reload} /> : null}
      {!programmes.fetching && !programmes.error && programmes.nodes.length === 0 ? (
        <p className="empty">
          <FormattedMessage id="programmes.empty" />
        </p>
      ) : (
        <div className="table-wrap">
          <table className="table table-stack" aria-busy={programmes.fetching}>
            <caption className="visually-hidden">
              <FormattedMessage id="programmes.caption" />
            </caption>
            <thead>
              <tr>
                {(['programmes.name', 'programmes.kind', 'programmes.status', 'programmes.languages', 'programmes.hourTarget'] as const).map((id) => (
                  <th key={id} scope="col">
                    <FormattedMessage id={id} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody ref={tbody}>
              {programmes.nodes.map((programme) => (
                <tr key={programme.id}>
                  <th scope="row">
                    <a href={href('/programme', { id: programme.id })}>{programme.name}</a>
                  </th>
                  <td data-label={label('programmes.kind')}>{intl.formatMessage({ id: `programmeKind.${programme.kind}` })}</td>
                  <td data-label={label('programmes.status')}>
                    <span className={`badge badge-programme-${programme.status.toLowerCase()}`}>
                      {intl.formatMessage({ id: `programmeStatus.${programme.status}` })}
                    </span>
                  </td>
                  <td data-label={label('programmes.languages')}>{intl.formatList(programme.languages.map((language) => languageName(language, intl.locale)))}</td>
                  <td data-label={label('programmes.hourTarget')}>
                    {programme.hourTarget === null ? (
                      <span className="muted">
                        <FormattedMessage id="programmes.noHourTarget" />
                      </span>
                    ) : (
                      <FormattedMessage id="programmes.hours" values={{ hours: programme.hourTarget }} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore
        listRef={tbody}
        count={programmes.nodes.length}
        fetching={programmes.fetching}
        hasNextPage={programmes.hasNextPage}
        onLoadMore={programmes.loadMore}
      />
    </>
  );
}
