import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { PageHeading } from '../../../components/page-heading';
import { PagedTable } from '../../../components/paged-table';
import { countryName, languageList } from '../../../lib/domain';
import { usePaginatedQuery } from '../../../lib/use-paginated-query';
import { TENANTS_PAGE_SIZE, TenantsQuery } from '../api/tenants';

const COLUMNS = [
  'tenants.name',
  'tenants.slug',
  'tenants.kind',
  'tenants.country',
  'tenants.languages',
  'tenants.status',
  'tenants.createdAt',
] as const;
type Column = (typeof COLUMNS)[number];

/** The platform operator's directory of every tenant, oldest first, a page at a time. */
export function TenantDirectoryPage() {
  const intl = useIntl();
  const tenants = usePaginatedQuery(TenantsQuery, { first: TENANTS_PAGE_SIZE }, (data) => data.tenants);
  // Column names for the stacked layout on narrow screens (see .table-stack in app.css).
  const label = (id: Column) => intl.formatMessage({ id });

  return (
    <>
      <PageHeading title={intl.formatMessage({ id: 'tenants.title' })} />
      <p className="lead">
        <FormattedMessage id="tenants.intro" />
      </p>
      <PagedTable
        query={tenants}
        caption="tenants.caption"
        columns={COLUMNS}
        empty="tenants.empty"
        renderRow={(tenant) => (
          <tr key={tenant.id}>
            <th scope="row">{tenant.name}</th>
            <td data-label={label('tenants.slug')}>
              <code>{tenant.slug}</code>
            </td>
            <td data-label={label('tenants.kind')}>{intl.formatMessage({ id: `tenantKind.${tenant.kind}` })}</td>
            <td data-label={label('tenants.country')}>{countryName(tenant.country, intl.locale)}</td>
            <td data-label={label('tenants.languages')}>{languageList(tenant.languages, intl.locale)}</td>
            <td data-label={label('tenants.status')}>
              <span className={`badge badge-${tenant.status.toLowerCase()}`}>
                {intl.formatMessage({ id: `tenantStatus.${tenant.status}` })}
              </span>
            </td>
            <td className="nowrap" data-label={label('tenants.createdAt')}>
              <FormattedDate value={tenant.createdAt} dateStyle="medium" />
            </td>
          </tr>
        )}
      />
    </>
  );
}
