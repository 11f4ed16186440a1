import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { useMutation, useQuery } from 'urql';
import { ApiErrorNotice } from '../../../components/api-error-notice';
import { TextAreaField } from '../../../components/field';
import { ErrorNotice } from '../../../components/notice';
import { PageHeading } from '../../../components/page-heading';
import { LinkGoneMessage, PublicMessage, PublicPage, PublicPageError, PublicPageLoading } from '../../../components/public-page';
import { useProblemText } from '../../../components/use-problem-text';
import { asLanguage, type Language } from '../../../lib/domain';
import { useInvitationLanguage } from '../../../lib/use-invitation-language';
import { FORM_LEVEL, problemsFromUserErrors, type FieldProblem, type FieldProblems } from '../../../lib/user-errors';
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
      <PublicPageError title={intl.formatMessage({ id: 'matchInvitation.title' })} error={query.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
    );
  } else if (fetched === undefined || !settled) {
    content = <PublicPageLoading />;
  } else if (!invitation || gone) {
    content = (
      <LinkGoneMessage
        title={intl.formatMessage({ id: 'matchInvitation.gone.title' })}
        text={<FormattedMessage id="matchInvitation.gone.text" />}
        ask={<FormattedMessage id="matchInvitation.gone.ask" />}
      />
    );
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

  return <PublicPage className="match-invitation">{content}</PublicPage>;
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
    <PublicMessage title={intl.formatMessage({ id: 'matchInvitation.thanks.title' }, { name: invitation.firstName })} confirmation>
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
    </PublicMessage>
  );
}

function AlreadyAnswered({ invitation }: { invitation: MatchInvitation }) {
  const intl = useIntl();
  const accepted = invitation.answer === 'ACCEPTED';
  return (
    <PublicMessage eyebrow={invitation.tenantName} title={intl.formatMessage({ id: 'matchInvitation.answered.title' })}>
      <p data-testid="match-invitation-answer">
        <FormattedMessage
          id={accepted ? 'matchInvitation.answered.accepted' : 'matchInvitation.answered.declined'}
          values={{ name: <bdi>{invitation.otherFirstName}</bdi> }}
        />
      </p>
      <p>
        <FormattedMessage id="matchInvitation.thanks.next" values={{ tenant: invitation.tenantName }} />
      </p>
    </PublicMessage>
  );
}

function NoLongerOpen({ invitation }: { invitation: MatchInvitation }) {
  const intl = useIntl();
  return (
    <PublicMessage eyebrow={invitation.tenantName} title={intl.formatMessage({ id: 'matchInvitation.closed.title' })}>
      <p>
        <FormattedMessage id="matchInvitation.closed.text" values={{ name: <bdi>{invitation.otherFirstName}</bdi> }} />
      </p>
      <p>
        <FormattedMessage id="matchInvitation.thanks.next" values={{ tenant: invitation.tenantName }} />
      </p>
    </PublicMessage>
  );
}
