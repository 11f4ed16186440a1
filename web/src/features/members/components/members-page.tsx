import { useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { ApiErrorNotice } from '../../../components/api-error-notice';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { LoadMore } from '../../../components/load-more';
import { ErrorNotice, StatusRegion } from '../../../components/notice';
import { PageHeading } from '../../../components/page-heading';
import { useProblemText } from '../../../components/use-problem-text';
import { usePaginatedQuery } from '../../../lib/use-paginated-query';
import { MEMBERS_PAGE_SIZE, RemoveMemberMutation, TenantMembersQuery, type Member } from '../api/members';
import { InviteMemberForm } from './invite-member-form';
import { MemberRow, type RowEvent } from './member-row';

type Notice =
  | { tone: 'success'; text: string }
  | { tone: 'error'; text: string; offerReload?: boolean };

export function MembersPage({ viewerEmail }: { viewerEmail: string }) {
  const intl = useIntl();
  const problemText = useProblemText();
  const tbody = useRef<HTMLTableSectionElement>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const focusAfterDialog = useRef<(() => void) | null>(null);
  const members = usePaginatedQuery(TenantMembersQuery, { first: MEMBERS_PAGE_SIZE }, (data) => data.tenant?.members);
  const tenant = members.data?.tenant;
  const [notice, setNotice] = useState<Notice | null>(null);
  const [removing, setRemoving] = useState<Member | null>(null);
  const [removal, removeMember] = useMutation(RemoveMemberMutation);

  const roleName = (member: Member) => intl.formatMessage({ id: `role.${member.role}` });

  function onRowEvent(event: RowEvent) {
    if (event.kind === 'role-changed') {
      setNotice({
        tone: 'success',
        text: intl.formatMessage({ id: 'members.roleChanged' }, { email: event.member.email, role: roleName(event.member) }),
      });
      members.reload();
    } else if (event.kind === 'invitation-resent') {
      setNotice({ tone: 'success', text: intl.formatMessage({ id: 'members.resent' }, { email: event.email }) });
    } else if (event.kind === 'stale') {
      setNotice({ tone: 'error', text: intl.formatMessage({ id: 'members.stale' }, { email: event.email }), offerReload: true });
    } else {
      const reason = problemText('role', { code: event.code, message: event.message }) ?? '';
      setNotice({ tone: 'error', text: intl.formatMessage({ id: 'members.changeFailed' }, { email: event.email, reason }) });
    }
  }

  async function confirmRemoval() {
    if (!removing) return;
    const member = removing;
    const answer = await removeMember({ input: { membershipId: member.id } });
    setRemoving(null);
    const problem = answer.data?.removeMember.userErrors[0];
    if (answer.error) {
      setNotice({ tone: 'error', text: intl.formatMessage({ id: 'members.removeFailed' }, { email: member.email, reason: '' }) });
    } else if (problem) {
      const reason = problemText('membershipId', problem) ?? '';
      setNotice({ tone: 'error', text: intl.formatMessage({ id: 'members.removeFailed' }, { email: member.email, reason }) });
    } else {
      setNotice({ tone: 'success', text: intl.formatMessage({ id: 'members.removed' }, { email: member.email }) });
      members.reload();
      // The row (and the button that opened the dialog) goes away: continue at the list.
      focusAfterDialog.current = () => listHeading.current?.focus();
    }
  }

  const title = tenant
    ? intl.formatMessage({ id: 'members.titleOf' }, { tenant: tenant.name })
    : intl.formatMessage({ id: 'members.title' });

  return (
    <>
      <PageHeading title={title} />
      <StatusRegion>{notice?.tone === 'success' ? <p>{notice.text}</p> : null}</StatusRegion>
      {notice?.tone === 'error' ? (
        <ErrorNotice>
          <p>{notice.text}</p>
          {notice.offerReload ? (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setNotice(null);
                members.reload();
              }}
            >
              <FormattedMessage id="common.reload" />
            </button>
          ) : null}
        </ErrorNotice>
      ) : null}
      {tenant ? (
        <InviteMemberForm
          languages={tenant.languages}
          defaultLanguage={tenant.defaultLanguage}
          onInvited={(member) => {
            setNotice({
              tone: 'success',
              text: intl.formatMessage({ id: 'members.invited' }, { email: member.email, role: roleName(member) }),
            });
            members.reload();
          }}
        />
      ) : null}
      <section aria-labelledby="members-list-heading" className="section">
        <h2 id="members-list-heading" ref={listHeading} tabIndex={-1}>
          <FormattedMessage id="members.list.title" />
        </h2>
        {members.error ? <ApiErrorNotice error={members.error} onRetry={members.reload} /> : null}
        <div className="table-wrap">
          <table className="table table-stack" aria-busy={members.fetching}>
            <thead>
              <tr>
                {(['members.email', 'members.role', 'members.status', 'members.since'] as const).map((id) => (
                  <th key={id} scope="col">
                    <FormattedMessage id={id} />
                  </th>
                ))}
                <th scope="col" className="actions">
                  <FormattedMessage id="members.actions" />
                </th>
              </tr>
            </thead>
            <tbody ref={tbody}>
              {members.nodes.map((member) => (
                <MemberRow
                  key={`${member.id}:${member.version}`}
                  member={member}
                  isViewer={member.email.toLowerCase() === viewerEmail.toLowerCase()}
                  onEvent={onRowEvent}
                  onRemove={setRemoving}
                />
              ))}
            </tbody>
          </table>
        </div>
        <LoadMore
          listRef={tbody}
          count={members.nodes.length}
          fetching={members.fetching}
          hasNextPage={members.hasNextPage}
          onLoadMore={members.loadMore}
        />
      </section>
      <ConfirmDialog
        open={removing !== null}
        title={<FormattedMessage id="members.removeConfirm.title" />}
        confirmLabel={<FormattedMessage id="members.removeConfirm.confirm" />}
        cancelLabel={<FormattedMessage id="common.cancel" />}
        busy={removal.fetching}
        onConfirm={() => void confirmRemoval()}
        onCancel={() => setRemoving(null)}
        onClosed={() => {
          focusAfterDialog.current?.();
          focusAfterDialog.current = null;
        }}
      >
        <p>
          <FormattedMessage
            id="members.removeConfirm.text"
            values={{ email: <strong>{removing?.email}</strong>, tenant: tenant?.name ?? '' }}
          />
        </p>
      </ConfirmDialog>
    </>
  );
}
