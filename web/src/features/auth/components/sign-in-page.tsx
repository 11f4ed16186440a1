import { useEffect, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { TextField } from '../../../components/field';
import { ErrorNotice, StatusRegion } from '../../../components/notice';
import { PageHeading } from '../../../components/page-heading';
import { useFormProblems } from '../../../components/use-form-problems';
import { useProblemText } from '../../../components/use-problem-text';
import { href } from '../../../lib/router';
import { signOutReason } from '../../../lib/session';
import { prepareSignIn, signIn, signInFailure, signInSchema, type NewPasswordChallenge, type SignInFailure } from '../api/sign-in';
import { NewPasswordForm } from './new-password-form';

export function SignInPage() {
  const [challenge, setChallenge] = useState<NewPasswordChallenge | null>(null);
  if (challenge) return <NewPasswordForm challenge={challenge} onRestart={() => setChallenge(null)} />;
  return <CredentialsForm onChallenge={setChallenge} />;
}

function CredentialsForm({ onChallenge }: { onChallenge: (challenge: NewPasswordChallenge) => void }) {
  const intl = useIntl();
  const problemText = useProblemText();
  const { form, problems, check } = useFormProblems();
  const [values, setValues] = useState({ email: '', password: '' });
  const [failure, setFailure] = useState<SignInFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const [reason] = useState(signOutReason);
  useEffect(prepareSignIn, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const input = check(signInSchema, values);
    if (!input) return;
    setBusy(true);
    try {
      const outcome = await signIn(input);
      if (outcome.kind === 'new-password-required') onChallenge(outcome.challenge);
      // signed-in: the session store switches the app to the signed-in screens.
    } catch (error) {
      setFailure(signInFailure(error));
      setBusy(false);
    }
  }

  return (
    <div className="narrow">
      <PageHeading title={intl.formatMessage({ id: 'signIn.title' })} />
      <p className="lead">
        <FormattedMessage id="signIn.intro" />
      </p>
      <StatusRegion tone="info">
        {reason === 'expired' ? <FormattedMessage id="signIn.sessionExpired" /> : null}
        {reason === 'signed-out' ? <FormattedMessage id="signIn.signedOut" /> : null}
      </StatusRegion>
      {failure ? (
        <ErrorNotice>
          <p>
            <FormattedMessage id={`signIn.failure.${failure}`} />
          </p>
        </ErrorNotice>
      ) : null}
      <form ref={form} className="card form" onSubmit={submit} noValidate aria-busy={busy}>
        <TextField
          label={<FormattedMessage id="signIn.email" />}
          type="email"
          name="email"
          autoComplete="username"
          inputMode="email"
          value={values.email}
          onChange={(e) => setValues({ ...values, email: e.target.value })}
          error={problemText('email', problems.email)}
        />
        <TextField
          label={<FormattedMessage id="signIn.password" />}
          type="password"
          name="password"
          autoComplete="current-password"
          value={values.password}
          onChange={(e) => setValues({ ...values, password: e.target.value })}
          error={problemText('password', problems.password)}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            <FormattedMessage id={busy ? 'signIn.submitting' : 'signIn.submit'} />
          </button>
        </div>
      </form>
      <section className="aside-card" aria-labelledby="request-account-heading">
        <h2 id="request-account-heading">
          <FormattedMessage id="signIn.newOrganisation.title" />
        </h2>
        <p>
          <FormattedMessage id="signIn.newOrganisation.text" />
        </p>
        <a className="button button-secondary" href={href('/request-account')}>
          <FormattedMessage id="signIn.newOrganisation.link" />
        </a>
      </section>
    </div>
  );
}
