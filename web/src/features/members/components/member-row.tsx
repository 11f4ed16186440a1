import { useId, useState } from 'react';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { ROLES, type Role } from '../../../lib/domain';
import { apiErrorCode } from '../../../lib/graphql-client';
import { ChangeMemberRoleMutation, ResendInvitationMutation, type Member } from '../api/members';

/** What a row reports to the page, which says it in one place (and one live region). */
export type RowEvent =
  | { kind: 'role-changed'; member: Member }
  | { kind: 'invitation-resent'; email: string }
  | { kind: 'stale'; email: string }
  | { kind: 'failed'; email: string; code: string; message?: string };

interface MemberRowProps {
  member: Member;
  isViewer: boolean;
  onEvent: (event: RowEvent) => void;
  onRemove: (member: Member) => void;
}

export function MemberRow({ member, isViewer, onEvent, onRemove }: MemberRowProps) {
  const intl = useIntl();
  // Column names for the stacked layout on narrow screens (see .table-stack in app.css).
  const label = (id: 'members.role' | 'members.status' | 'members.since') => intl.formatMessage({ id });
  const selectId = useId();
  const [role, setRole] = useState<Role>(member.role);
  const [result, changeRole] = useMutation(ChangeMemberRoleMutation);
  const [resending, resend] = useMutation(ResendInvitationMutation);

  async function resendInvitation() {
    const answer = await resend({ input: { membershipId: member.id } });
    const problem = answer.data?.resendInvitation.userErrors[0];
    if (answer.error) onEvent({ kind: 'failed', email: member.email, code: apiErrorCode(answer.error) ?? 'UNKNOWN' });
    else if (problem) onEvent({ kind: 'failed', email: member.email, code: problem.code, message: problem.message });
    else onEvent({ kind: 'invitation-resent', email: member.email });
  }

  async function saveRole() {
    const answer = await changeRole({ input: { membershipId: member.id, role, version: member.version } });
    const payload = answer.data?.changeMemberRole;
    const problem = payload?.userErrors[0];
    if (apiErrorCode(answer.error) === 'CONFLICT' || problem?.code === 'STALE') {
      onEvent({ kind: 'stale', email: member.email });
    } else if (answer.error) {
      onEvent({ kind: 'failed', email: member.email, code: apiErrorCode(answer.error) ?? 'UNKNOWN' });
    } else if (problem) {
      setRole(member.role);
      onEvent({ kind: 'failed', email: member.email, code: problem.code, message: problem.message });
    } else if (payload?.membership) {
      onEvent({ kind: 'role-changed', member: payload.membership });
    }
  }

  return (
    <tr>
      <th scope="row" className="member-email">
        {member.email}
        {isViewer ? (
          <span className="you">
            {' '}
            <FormattedMessage id="members.you" />
          </span>
        ) : null}
      </th>
      <td data-label={label('members.role')}>
        <form
          className="role-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (role !== member.role) void saveRole();
          }}
        >
          <label htmlFor={selectId} className="visually-hidden">
            {intl.formatMessage({ id: 'members.roleOf' }, { email: member.email })}
          </label>
          <select id={selectId} value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {intl.formatMessage({ id: `role.${r}` })}
              </option>
            ))}
          </select>
          {role !== member.role ? (
            <button type="submit" className="button button-small button-primary" disabled={result.fetching}>
              <FormattedMessage id="members.saveRole" />
              <span className="visually-hidden">: {member.email}</span>
            </button>
          ) : null}
        </form>
      </td>
      <td data-label={label('members.status')}>
        <span className={`badge badge-${member.status.toLowerCase()}`}>
          {intl.formatMessage({ id: `membershipStatus.${member.status}` })}
        </span>
      </td>
      <td data-label={label('members.since')}>
        <FormattedDate value={member.createdAt} dateStyle="medium" />
      </td>
      <td className="actions">
        {member.status === 'INVITED' ? (
          <button
            type="button"
            className="button button-small button-secondary"
            disabled={resending.fetching}
            onClick={() => void resendInvitation()}
          >
            <FormattedMessage id="members.resend" />
            <span className="visually-hidden">: {member.email}</span>
          </button>
        ) : null}
        <button type="button" className="button button-small button-danger-outline" onClick={() => onRemove(member)}>
          <FormattedMessage id="members.remove" />
          <span className="visually-hidden">: {member.email}</span>
        </button>
      </td>
    </tr>
  );
}
