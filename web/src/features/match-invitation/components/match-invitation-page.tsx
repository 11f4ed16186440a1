import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { useMutation, useQuery } from 'urql';
import { ApiErrorNotice } from '../../../components/api-error-notice';
import { TextAreaField } from '../../../components/field';
import { ErrorNotice } from '../../../components/notice';
import { PageHeading } from '../../../components/page-heading';
import { useProblemText } from '../../../components/use-problem-text';
import { useLocale } from '../../../i18n/i18n-provider';
import { hasRememberedLocale, isUiLocale } from '../../../i18n/locales';
import { asLanguage, type Language } from '../../../lib/domain';
import { FORM_LEVEL, problemsFromUserErrors, type FieldProblem, type FieldProblems } from '../../../lib/user-errors';
// The intake page's language buttons, as they are: the two public pages for newcomers look alike.
// (A shared component: it belongs in components/ once the intake page's owner moves it there.)
import { LanguageChoice } from '../../../components/language-choice';
import {
  AnswerMatchInvitationMutation,
  DECLINE_REASONS,
  isLinkProblem,
  MatchInvitationQuery,
  type DeclineReason,
  type MatchInvitation,
} from '../api/match-invitation';
import { CriterionIcon } from './criterion-icon';

/**
 * A buddy's or newcomer's answer to a proposed match, through the personal link a coordinator sent:
 * no account, in their own language. Short and plain: who, why, yes or no; for a no, why.
 */
export function MatchInvitationPage({ tenantSlug, token }: { tenantSlug: string; token: string }) {
  const intl = useIntl();
  const [preferred, setPreferred] = useState<Language | null | undefined>(undefined);
  const settled = useInvitationLanguage(preferred);
  // Until the language is settled the server explains in the person's own language (its default).
  const language = settled ? asLanguage(intl.locale) : null;
  const [query, refetch] = useQuery({ query: MatchInvitationQuery, variables: { tenantSlug, token, language }, requestPolicy: 'network-only' });
  const [result, answerInvitation] = useMutation(AnswerMatchInvitationMutation);
  // The answer given on this page, and whether the link stopped working meanwhile.
  const [answered, setAnswered] = useState<MatchInvitation | null>(null);
  const [gone, setGone] = useState(false);
  const [declining, setDeclining] = useState(false);
  // Why an acceptance did not go through (the proposal changed meanwhile, say).
  const [problem, setProblem] = useState<FieldProblem | null>(null);
  const problemText = useProblemText();

  // What was shown stays while the page asks again in another language.
  const lastShown = useRef<MatchInvitation | null | undefined>(undefined);
  if (query.data) lastShown.current = query.data.matchInvitation;
  const fetched = lastShown.current;
  useEffect(() => {
    if (fetched !== undefined && preferred === undefined) setPreferred(fetched?.preferredLanguage ?? null);
  }, [fetched, preferred]);
  const invitation = answered ?? fetched;

  async function answer(accept: boolean, decline?: { reason: DeclineReason; note: string }): Promise<FieldProblems> {
    setProblem(null);
    const note = decline?.note.trim();
    const outcome = await answerInvitation({
      input: { tenantSlug, token, accept, ...(decline ? { reason: decline.reason } : {}), ...(note ? { note } : {}) },
      language: asLanguage(intl.locale),
    });
    const payload = outcome.data?.answerMatchInvitation;
    const userErrors = payload?.userErrors ?? [];
    if (isLinkProblem(userErrors)) {
      setGone(true);
      return {};
    }
    if (userErrors.length) {
      // The decline form shows its reason and note; anything else (the proposal is no longer open) is the page's.
      const { reason, note: noteProblem, ...others } = problemsFromUserErrors(userErrors);
      const other = Object.values(others)[0];
      const problems: FieldProblems = { ...(reason ? { reason } : {}), ...(noteProblem ? { note: noteProblem } : {}), ...(other ? { [FORM_LEVEL]: other } : {}) };
      if (accept) setProblem(other ?? null);
      return problems;
    }
    if (payload?.invitation) {
      setAnswered(payload.invitation);
      window.scrollTo({ top: 0 });
    }
    return {};
  }

  let content;
  if (query.error && fetched === undefined) {
    content = (
      <>
        <PageHeading key="error" title={intl.formatMessage({ id: 'matchInvitation.title' })} />
        <ApiErrorNotice error={query.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      </>
    );
  } else if (fetched === undefined || !settled) {
    content = (
      <p className="loading" role="status">
        <FormattedMessage id="common.loading" />
      </p>
    );
  } else if (!invitation || gone) {
    content = <LinkGone />;
  } else if (answered) {
    content = <Thanks invitation={answered} />;
  } else if (invitation.answer !== 'PENDING') {
    content = <AlreadyAnswered invitation={invitation} />;
  } else if (invitation.status !== 'APPROVED') {
    content = <NoLongerOpen invitation={invitation} />;
  } else {
    content = (
      <>
        <p className="eyebrow">{invitation.tenantName}</p>
        <PageHeading
          key="proposal"
          title={intl.formatMessage({ id: invitation.side === 'NEWCOMER' ? 'matchInvitation.foundBuddy' : 'matchInvitation.foundNewcomer' }, { name: invitation.otherFirstName })}
        >
          <FormattedMessage
            id={invitation.side === 'NEWCOMER' ? 'matchInvitation.foundBuddy' : 'matchInvitation.foundNewcomer'}
            values={{ name: <bdi className="match-name">{invitation.otherFirstName}</bdi> }}
          />
        </PageHeading>
        <p className="lead intake-welcome">
          <FormattedMessage
            id="matchInvitation.hello"
            values={{ name: <bdi>{invitation.firstName}</bdi>, programme: <strong>{invitation.programmeName}</strong>, other: <bdi>{invitation.otherFirstName}</bdi> }}
          />
        </p>
        <Reasons invitation={invitation} />
        {result.error ? <ApiErrorNotice error={result.error} /> : null}
        {problem && !declining ? (
          <ErrorNotice>
            <p>{problemText('matchInvitation', problem)}</p>
          </ErrorNotice>
        ) : null}
        {declining ? (
          <DeclineForm busy={result.fetching} onBack={() => setDeclining(false)} onSubmit={(decline) => answer(false, decline)} />
        ) : (
          <Choice invitation={invitation} busy={result.fetching} onAccept={() => void answer(true)} onDecline={() => setDeclining(true)} />
        )}
      </>
    );
  }

  return (
    <div className="narrow intake-invitation match-invitation">
      <LanguageChoice />
      {content}
    </div>
  );
}

/**
 * The person's language becomes the UI's, unless whoever uses this browser chose one (then theirs
 * stays). Not remembered: it is the person's, not a choice made here. True once settled, so the page
 * does not show itself first in one language and then in another.
 */
function useInvitationLanguage(preferred: Language | null | undefined): boolean {
  const { locale, setLocale } = useLocale();
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    if (preferred === undefined || settled) return;
    const wanted = preferred?.toLowerCase();
    if (wanted && isUiLocale(wanted) && wanted !== locale && !hasRememberedLocale()) {
      void setLocale(wanted, { remember: false }).finally(() => setSettled(true));
    } else {
      setSettled(true);
    }
  }, [preferred, locale, setLocale, settled]);
  return settled;
}

/**
 * Why the two of them: one line per reason that counted, with its icon; the best reasons first.
 * What could not be told (an unknown age) and the newcomer's waiting time are no reasons to them.
 */
function Reasons({ invitation }: { invitation: MatchInvitation }) {
  const intl = useIntl();
  const reasons = invitation.criteria
    .filter((c) => c.criterion !== 'WAITING_TIME' && c.weight > 0 && c.points > 0 && c.value !== null)
    .sort((a, b) => b.points - a.points);
  return (
    <section className="card reasons-card" aria-labelledby="match-reasons">
      <h2 id="match-reasons">
        <FormattedMessage id="matchInvitation.why" />
      </h2>
      {reasons.length ? (
        <ul className="reason-list">
          {reasons.map((reason) => (
            <li key={reason.criterion}>
              <CriterionIcon criterion={reason.criterion} />
              <span>
                <strong>{intl.formatMessage({ id: `matchCriterion.${reason.criterion}` })}</strong>
                <span className="reason-text">{reason.explanation}</span>
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p>{invitation.explanation}</p>
      )}
    </section>
  );
}

function Choice({ invitation, busy, onAccept, onDecline }: { invitation: MatchInvitation; busy: boolean; onAccept: () => void; onDecline: () => void }) {
  return (
    <section className="match-choice" aria-labelledby="match-choice">
      <h2 id="match-choice">
        <FormattedMessage id="matchInvitation.question" values={{ name: <bdi>{invitation.otherFirstName}</bdi> }} />
      </h2>
      <div className="form-actions match-choice-buttons">
        <button type="button" className="button button-primary" disabled={busy} onClick={onAccept}>
          <span aria-hidden="true">✓</span>
          <FormattedMessage id={busy ? 'common.sending' : 'matchInvitation.accept'} />
        </button>
        <button type="button" className="button button-secondary" disabled={busy} onClick={onDecline}>
          <span aria-hidden="true">✗</span>
          <FormattedMessage id="matchInvitation.decline" />
        </button>
      </div>
      <p className="muted">
        <FormattedMessage id="matchInvitation.validUntil" values={{ date: <FormattedDate value={invitation.expiresAt} dateStyle="long" /> }} />
      </p>
    </section>
  );
}

interface DeclineFormProps {
  busy: boolean;
  onBack: () => void;
  /** Sends the answer; the problems that came back (none when it was received). */
  onSubmit: (decline: { reason: DeclineReason; note: string }) => Promise<FieldProblems>;
}

/** A no, with its reason (one of a few, chosen with one tap) and, if they like, a few words. */
function DeclineForm({ busy, onBack, onSubmit }: DeclineFormProps) {
  const intl = useIntl();
  const problemText = useProblemText();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const [reason, setReason] = useState<DeclineReason | ''>('');
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<FieldProblems>({});

  // The form replaces the buttons: the keyboard and screen readers start at its heading.
  useEffect(() => heading.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason) {
      setProblems({ reason: { code: 'REQUIRED' } });
      form.current?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
      return;
    }
    const back = await onSubmit({ reason, note });
    setProblems(back);
    if (Object.keys(back).length) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  const reasonError = problemText('declineReason', problems.reason);
  return (
    <form ref={form} className="card form decline-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        <FormattedMessage id="matchInvitation.decline.title" />
      </h2>
      {problems[FORM_LEVEL] ? (
        <ErrorNotice>
          <p>{problemText('matchInvitation', problems[FORM_LEVEL])}</p>
        </ErrorNotice>
      ) : null}
      <fieldset className={`field ${reasonError ? 'field-invalid' : ''}`} aria-describedby={reasonError ? `${id}-error` : undefined}>
        <legend className="field-label">
          <FormattedMessage id="matchInvitation.decline.reason" />
        </legend>
        {reasonError ? (
          <p id={`${id}-error`} className="field-error">
            {reasonError}
          </p>
        ) : null}
        <div className="reason-options">
          {DECLINE_REASONS.map((r) => (
            <label key={r} className="radio reason-option">
              <input
                type="radio"
                name={`${id}-reason`}
                value={r}
                checked={reason === r}
                aria-invalid={reasonError ? true : undefined}
                onChange={() => setReason(r)}
              />
              <span>{intl.formatMessage({ id: `declineReason.${r}` })}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <TextAreaField
        label={<FormattedMessage id="matchInvitation.decline.note" />}
        optional={intl.formatMessage({ id: 'common.optional' })}
        name="note"
        rows={3}
        value={note}
        error={problemText('note', problems.note)}
        onChange={(e) => setNote(e.target.value)}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          <FormattedMessage id={busy ? 'common.sending' : 'matchInvitation.decline.send'} />
        </button>
        <button type="button" className="button button-secondary" onClick={onBack}>
          <FormattedMessage id="matchInvitation.decline.back" />
        </button>
      </div>
    </form>
  );
}

function Thanks({ invitation }: { invitation: MatchInvitation }) {
  const intl = useIntl();
  const accepted = invitation.answer === 'ACCEPTED';
  return (
    <>
      <PageHeading key="thanks" title={intl.formatMessage({ id: 'matchInvitation.thanks.title' }, { name: invitation.firstName })} />
      <div className="card confirmation intake-message" role="status">
        <p>
          <FormattedMessage
            id={accepted ? 'matchInvitation.thanks.accepted' : 'matchInvitation.thanks.declined'}
            values={{ name: <bdi>{invitation.otherFirstName}</bdi> }}
          />
        </p>
        <p>
          <strong>
            <FormattedMessage id="matchInvitation.thanks.next" values={{ tenant: invitation.tenantName }} />
          </strong>
        </p>
        <p className="muted">
          <FormattedMessage id="matchInvitation.thanks.close" />
        </p>
      </div>
    </>
  );
}

function AlreadyAnswered({ invitation }: { invitation: MatchInvitation }) {
  const intl = useIntl();
  const accepted = invitation.answer === 'ACCEPTED';
  return (
    <>
      <p className="eyebrow">{invitation.tenantName}</p>
      <PageHeading key="answered" title={intl.formatMessage({ id: 'matchInvitation.answered.title' })} />
      <div className="card intake-message">
        <p data-testid="match-invitation-answer">
          <FormattedMessage
            id={accepted ? 'matchInvitation.answered.accepted' : 'matchInvitation.answered.declined'}
            values={{ name: <bdi>{invitation.otherFirstName}</bdi> }}
          />
        </p>
        <p>
          <FormattedMessage id="matchInvitation.thanks.next" values={{ tenant: invitation.tenantName }} />
        </p>
      </div>
    </>
  );
}

function NoLongerOpen({ invitation }: { invitation: MatchInvitation }) {
  const intl = useIntl();
  return (
    <>
      <p className="eyebrow">{invitation.tenantName}</p>
      <PageHeading key="closed" title={intl.formatMessage({ id: 'matchInvitation.closed.title' })} />
      <div className="card intake-message">
        <p>
          <FormattedMessage id="matchInvitation.closed.text" values={{ name: <bdi>{invitation.otherFirstName}</bdi> }} />
        </p>
        <p>
          <FormattedMessage id="matchInvitation.thanks.next" values={{ tenant: invitation.tenantName }} />
        </p>
      </div>
    </>
  );
}

function LinkGone() {
  const intl = useIntl();
  return (
    <>
      <PageHeading key="gone" title={intl.formatMessage({ id: 'matchInvitation.gone.title' })} />
      <div className="card intake-message">
        <p>
          <FormattedMessage id="matchInvitation.gone.text" />
        </p>
        <p>
          <strong>
            <FormattedMessage id="matchInvitation.gone.ask" />
          </strong>
        </p>
      </div>
    </>
  );
}
