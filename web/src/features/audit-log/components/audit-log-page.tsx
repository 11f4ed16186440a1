import { useMemo } from 'react';
import { FormattedDate, FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { useQuery } from 'urql';
import { PageHeading } from '../../../components/page-heading';
import { PagedTable } from '../../../components/paged-table';
import type { MessageId } from '../../../i18n/locales';
import { ROLES } from '../../../lib/domain';
import { usePaginatedQuery } from '../../../lib/use-paginated-query';
import { AUDIT_PAGE_SIZE, AuditLogQuery, AuditPeopleQuery, PEOPLE_LOOKUP_SIZE, type AuditEntry } from '../api/audit-log';

export function AuditLogPage() {
  const intl = useIntl();
  const entries = usePaginatedQuery(AuditLogQuery, { first: AUDIT_PAGE_SIZE }, (data) => data.tenant?.auditLog);
  const [people] = useQuery({ query: AuditPeopleQuery, variables: { first: PEOPLE_LOOKUP_SIZE } });

  // user id and membership id → e-mail address, for the people the lookup page covers.
  const tenant = entries.data?.tenant;
  const names = useMemo(() => {
    const map = new Map<string, string>();
    if (tenant) map.set(tenant.id, tenant.name);
    for (const { node } of people.data?.tenant?.members.edges ?? []) {
      map.set(node.userId, node.email);
      map.set(node.id, node.email);
    }
    return map;
  }, [people.data, tenant]);

  return (
    <>
      <PageHeading title={intl.formatMessage({ id: 'audit.title' })} />
      <p className="lead">
        <FormattedMessage id="audit.intro" />
      </p>
      <PagedTable
        query={entries}
        caption="audit.caption"
        columns={['audit.at', 'audit.action', 'audit.actor', 'audit.subject', 'audit.details']}
        empty="audit.empty"
        renderRow={(entry) => (
          <tr key={entry.id}>
            <td className="nowrap" data-label={intl.formatMessage({ id: 'audit.at' })}>
              <FormattedDate value={entry.at} dateStyle="medium" timeStyle="short" />
            </td>
            <th scope="row">{actionLabel(intl, entry.action)}</th>
            <td data-label={intl.formatMessage({ id: 'audit.actor' })}>{names.get(entry.actorId) ?? <OpaqueId id={entry.actorId} />}</td>
            <td data-label={intl.formatMessage({ id: 'audit.subject' })}>{entry.subjectId ? (names.get(entry.subjectId) ?? <OpaqueId id={entry.subjectId} />) : '—'}</td>
            <td data-label={intl.formatMessage({ id: 'audit.details' })}>{detailsText(intl, entry)}</td>
          </tr>
        )}
      />
    </>
  );
}

/** An id the page cannot name (someone outside the first page of members, a system action). */
function OpaqueId({ id }: { id: string }) {
  return (
    <code className="id" title={id}>
      {id.length > 12 ? `${id.slice(0, 8)}…` : id}
    </code>
  );
}

/** "member.role_changed" → "Role changed" when the UI knows the action, else the action itself. */
function actionLabel(intl: IntlShape, action: string): string {
  const id = `audit.action.${action}`;
  return id in intl.messages ? intl.formatMessage({ id: id as MessageId }) : action;
}

/** Details are short JSON ({"from":"COORDINATOR","to":"TENANT_ADMIN"}); roles are shown by name. */
function detailsText(intl: IntlShape, entry: AuditEntry): string {
  if (!entry.details) return '';
  try {
    const parsed: unknown = JSON.parse(entry.details);
    if (!parsed || typeof parsed !== 'object') return entry.details;
    const show = (value: unknown) =>
      typeof value === 'string' && (ROLES as readonly string[]).includes(value)
        ? intl.formatMessage({ id: `role.${value as (typeof ROLES)[number]}` })
        : Array.isArray(value)
          ? value.join(', ')
          : String(value);
    const record = parsed as Record<string, unknown>;
    if ('from' in record && 'to' in record && Object.keys(record).length === 2) return `${show(record.from)} → ${show(record.to)}`;
    return Object.entries(record)
      .map(([key, value]) => `${key}: ${show(value)}`)
      .join(' · ');
  } catch {
    return entry.details;
  }
}
