import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import * as z from 'zod/mini';
import { ApiErrorNotice } from '../../../components/api-error-notice';
import { SelectField, TextField } from '../../../components/field';
import { ErrorNotice } from '../../../components/notice';
import { useFormProblems } from '../../../components/use-form-problems';
import { useProblemText } from '../../../components/use-problem-text';
import { EMAIL, languageName, ROLES, type Language, type Role } from '../../../lib/domain';
import { FORM_LEVEL, problemsFromUserErrors } from '../../../lib/user-errors';
import { InviteMemberMutation, type Member } from '../api/members';

const inviteSchema = z.object({
  email: z.string().check(z.trim(), z.minLength(1, 'REQUIRED'), z.regex(EMAIL, 'INVALID')),
  role: z.enum(ROLES),
});

interface InviteMemberFormProps {
  languages: Language[];
  defaultLanguage: Language;
  onInvited: (member: Member) => void;
}

export function InviteMemberForm({ languages, defaultLanguage, onInvited }: InviteMemberFormProps) {
  const intl = useIntl();
  const problemText = useProblemText();
  const { form, problems, check, report } = useFormProblems();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('COORDINATOR');
  const [language, setLanguage] = useState<Language | ''>('');
  const [result, invite] = useMutation(InviteMemberMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = check(inviteSchema, { email, role });
    if (!input) return;
    const answer = await invite({ input: { ...input, ...(language ? { language } : {}) } });
    const payload = answer.data?.inviteMember;
    if (payload?.userErrors.length) {
      report(problemsFromUserErrors(payload.userErrors));
    } else if (payload?.membership) {
      setEmail('');
      onInvited(payload.membership);
    }
  }

  const formLevel = problems[FORM_LEVEL];

  return (
    <form ref={form} className="card form invite-form" onSubmit={submit} noValidate aria-labelledby="invite-heading">
      <h2 id="invite-heading">
        <FormattedMessage id="members.invite.title" />
      </h2>
      <p className="field-hint">
        <FormattedMessage id="members.invite.intro" />
      </p>
      {result.error ? <ApiErrorNotice error={result.error} /> : null}
      {formLevel ? (
        <ErrorNotice>
          <p>{problemText('', formLevel)}</p>
        </ErrorNotice>
      ) : null}
      <div className="form-row">
        <TextField
          label={<FormattedMessage id="members.email" />}
          type="email"
          name="email"
          autoComplete="off"
          inputMode="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={problemText('email', problems.email)}
        />
        <SelectField
          label={<FormattedMessage id="members.role" />}
          name="role"
          value={role}
          onChange={(e) => setRole(e.target.value as Role)}
          error={problemText('role', problems.role)}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {intl.formatMessage({ id: `role.${r}` })}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={<FormattedMessage id="members.invite.language" />}
          name="language"
          value={language}
          onChange={(e) => setLanguage(e.target.value as Language | '')}
          error={problemText('language', problems.language)}
        >
          <option value="">
            {intl.formatMessage({ id: 'members.invite.languageDefault' }, { language: languageName(defaultLanguage, intl.locale) })}
          </option>
          {languages.map((l) => (
            <option key={l} value={l}>
              {languageName(l, intl.locale)}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={result.fetching}>
          <FormattedMessage id={result.fetching ? 'common.sending' : 'members.invite.submit'} />
        </button>
      </div>
    </form>
  );
}
