import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { TextField } from '../../../components/field';
import { ErrorNotice } from '../../../components/notice';
import { PageHeading } from '../../../components/page-heading';
import { useFormProblems } from '../../../components/use-form-problems';
import { useProblemText } from '../../../components/use-problem-text';
import { completeNewPassword, newPasswordSchema, signInFailure, type NewPasswordChallenge, type SignInFailure } from '../api/sign-in';

interface NewPasswordFormProps {
  challenge: NewPasswordChallenge;
  /** Back to the sign-in form (the challenge session expired, or the user wants out). */
  onRestart: () => void;
}

export function NewPasswordForm({ challenge, onRestart }: NewPasswordFormProps) {
  const intl = useIntl();
  const problemText = useProblemText();
  const { form, problems, check, report } = useFormProblems();
  const [values, setValues] = useState({ newPassword: '', confirmPassword: '' });
  const [failure, setFailure] = useState<SignInFailure | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const input = check(newPasswordSchema, values);
    if (!input) return;
    setBusy(true);
    try {
      await completeNewPassword(challenge, input.newPassword);
    } catch (error) {
      const kind = signInFailure(error);
      if (kind === 'INVALID_PASSWORD') report({ newPassword: { code: 'PASSWORD_RULES' } });
      else setFailure(kind === 'WRONG_CREDENTIALS' ? 'CHALLENGE_EXPIRED' : kind);
      setBusy(false);
    }
  }

  return (
    <div className="narrow">
      <PageHeading title={intl.formatMessage({ id: 'newPassword.title' })} />
      <p className="lead">
        <FormattedMessage id="newPassword.intro" values={{ email: <strong>{challenge.email}</strong> }} />
      </p>
      {failure ? (
        <ErrorNotice>
          <p>
            <FormattedMessage id={`signIn.failure.${failure}`} />
          </p>
          {failure === 'CHALLENGE_EXPIRED' ? (
            <button type="button" className="button button-secondary" onClick={onRestart}>
              <FormattedMessage id="newPassword.restart" />
            </button>
          ) : null}
        </ErrorNotice>
      ) : null}
      <form ref={form} className="card form" onSubmit={submit} noValidate aria-busy={busy}>
        {/* Lets password managers store the new password under the right account. */}
        <input type="email" name="username" autoComplete="username" value={challenge.email} readOnly hidden />
        <TextField
          label={<FormattedMessage id="newPassword.newPassword" />}
          hint={<FormattedMessage id="newPassword.rules" />}
          type="password"
          name="newPassword"
          autoComplete="new-password"
          value={values.newPassword}
          onChange={(e) => setValues({ ...values, newPassword: e.target.value })}
          error={problemText('newPassword', problems.newPassword)}
        />
        <TextField
          label={<FormattedMessage id="newPassword.confirmPassword" />}
          type="password"
          name="confirmPassword"
          autoComplete="new-password"
          value={values.confirmPassword}
          onChange={(e) => setValues({ ...values, confirmPassword: e.target.value })}
          error={problemText('confirmPassword', problems.confirmPassword)}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            <FormattedMessage id={busy ? 'common.saving' : 'newPassword.submit'} />
          </button>
          <button type="button" className="button button-link" onClick={onRestart}>
            <FormattedMessage id="common.cancel" />
          </button>
        </div>
      </form>
    </div>
  );
}
