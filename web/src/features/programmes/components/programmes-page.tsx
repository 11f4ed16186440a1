import { FormattedMessage, useIntl } from 'react-intl';
import { PageHeading } from '../../../components/page-heading';
import { PagedTable } from '../../../components/paged-table';
import { languageName } from '../../../lib/domain';
import { href } from '../../../lib/router';
import { usePaginatedQuery } from '../../../lib/use-paginated-query';
import { PROGRAMME_STATUSES, PROGRAMMES_PAGE_SIZE, ProgrammesQuery, type ProgrammeStatus } from '../api/programmes';

/** The tenant's programmes, all or of one status (`?status=ACTIVE`). */
export function ProgrammesPage({ status }: { status: ProgrammeStatus | null }) {
  const intl = useIntl();
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
      <PagedTable
        query={programmes}
        caption="programmes.caption"
        columns={['programmes.name', 'programmes.kind', 'programmes.status', 'programmes.languages', 'programmes.hourTarget']}
        empty="programmes.empty"
        hideTableWhenEmpty
        renderRow={(programme) => (
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
        )}
      />
    </>
  );
}
