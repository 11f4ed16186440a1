import { useState, type FormEvent, type ReactNode } from 'react';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { useMutation, type CombinedError } from 'urql';
import { ApiErrorNotice } from '../../../components/api-error-notice';
import { CopyLink } from '../../../components/copy-link';
import { SelectField, TextAreaField, TextField } from '../../../components/field';
import { ErrorNotice } from '../../../components/notice';
import type { PageNoticeValue } from '../../../components/page-notice';
import { useFormProblems } from '../../../components/use-form-problems';
import { useProblemText } from '../../../components/use-problem-text';
import { appUrl } from '../../../lib/app-url';
import { asLanguage } from '../../../lib/domain';
import { apiErrorCode } from '../../../lib/graphql-client';
import type { PersonRole } from '../../../lib/programme-domain';
import { FORM_LEVEL } from '../../../lib/user-errors';
import {
  CreateMatchAnswerLinkMutation,
  EndMatchMutation,
  PauseMatchMutation,
  RecordMatchAnswerMutation,
  ResumeMatchMutation,
  StartMatchMutation,
  type Match,
  type MatchAnswerLink,
  type MatchPayload,
} from '../api/matches';
import { DECLINE_REASONS, MATCH_OUTCOMES, type DeclineReason, type MatchEndReason, type MatchOutcome } from '../api/matching-domain';
import type { MatchingUserError } from '../api/matching-fragments';
import { formProblems, issuesAsProblems } from '../utils/form-problems';
import { mutationOutcome } from '../utils/match-outcome';
import {
  dateInputToDateTime,
  DECLINE_FIELDS,
  declineSchema,
  END_FIELDS,
  endReasonsFor,
  endSchema,
  PAUSE_FIELDS,
  pauseSchema,
  START_FIELDS,
  startSchema,
  todayInput,
} from '../utils/match-forms';
import { MatchAnswerText } from './match-badges';
import { matchingPersonName } from './person-link';

interface SectionProps {
  match: Match;
  onChanged: (match: Match) => void;
  onNotice: (notice: PageNoticeValue | null) => void;
}

/**
 * What every match mutation does with its answer: the new version goes to the page, someone else's
 * change in between offers a reload, bad input goes back to the form (the returned problems).
 */
function useMatchAnswer({ onChanged, onNotice }: Omit<SectionProps, 'match'>) {
  const intl = useIntl();
  return (answer: { error?: CombinedError; payload?: MatchPayload }, success: (match: Match) => string): MatchingUserError[] => {
    const outcome = mutationOutcome(answer.error, answer.payload, answer.payload?.match);
    if (outcome.kind === 'saved') {
      onChanged(outcome.value);
      onNotice({ tone: 'success', text: success(outcome.value) });
    } else if (outcome.kind === 'stale') {
      onNotice({ tone: 'error', text: intl.formatMessage({ id: 'match.stale' }), stale: true });
    } else if (outcome.kind === 'invalid') {
      return outcome.userErrors;
    } else if (!outcome.error) {
      onNotice({ tone: 'error', text: intl.formatMessage({ id: 'apiError.UNKNOWN' }) });
    }
    return [];
  };
}

/** Both answers; while the match waits for them, a coordinator records one or sends a personal link. */
export function MatchAnswerSection(props: SectionProps) {
  const { match } = props;
  return (
    <section className="card" aria-labelledby="match-answers">
      <h2 id="match-answers">
        <FormattedMessage id="match.answers" />
      </h2>
      {match.status === 'APPROVED' ? (
        <p className="field-hint">
          <FormattedMessage id="match.answers.hint" />
        </p>
      ) : null}
      <div className="match-sides">
        <AnswerSide {...props} side="NEWCOMER" />
        <AnswerSide {...props} side="BUDDY" />
      </div>
    </section>
  );
}

function AnswerSide({ match, onChanged, onNotice, side }: SectionProps & { side: PersonRole }) {
  const intl = useIntl();
  const problemText = useProblemText();
  const person = side === 'NEWCOMER' ? match.newcomer : match.buddy;
  const answer = side === 'NEWCOMER' ? match.newcomerAnswer : match.buddyAnswer;
  const name = matchingPersonName(intl, person);
  const open = match.status === 'APPROVED' && answer === 'PENDING';
  const language = asLanguage(intl.locale) ?? 'EN';
  const handle = useMatchAnswer({ onChanged, onNotice });
  const [recording, record] = useMutation(RecordMatchAnswerMutation);
  const { form, problems, report, clear } = useFormProblems();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState<DeclineReason | ''>('');
  const [note, setNote] = useState('');
  const headingId = `match-side-${side}`;

  async function recordAnswer(accept: boolean) {
    let extra = {};
    if (!accept) {
      const parsed = declineSchema.safeParse({ reason, note });
      if (!parsed.success) {
        report(formProblems(issuesAsProblems(parsed.error.issues), DECLINE_FIELDS));
        return;
      }
      extra = { reason: parsed.data.reason, ...(parsed.data.note ? { note: parsed.data.note } : {}) };
    }
    clear();
    onNotice(null);
    const result = await record({ input: { matchId: match.id, version: match.version, side, accept, ...extra }, language });
    const problemsBack = handle({ error: result.error, payload: result.data?.recordMatchAnswer }, () =>
      intl.formatMessage({ id: accept ? 'match.answer.recordedAccept' : 'match.answer.recordedDecline' }, { name }),
    );
    if (problemsBack.length === 0) return;
    if (accept) onNotice({ tone: 'error', text: problemText('match', problemsBack[0]) ?? problemsBack[0].message });
    else report(formProblems(problemsBack, DECLINE_FIELDS));
  }

  return (
    <div className="match-side" role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <FormattedMessage id="match.side" values={{ role: intl.formatMessage({ id: `role.${side}` }), name }} />
      </h3>
      <p>
        <FormattedMessage id="match.answer" values={{ answer: <MatchAnswerText answer={answer} /> }} />
      </p>
      {open ? (
        <>
          <div className="form-actions">
            <button type="button" className="button button-primary" disabled={recording.fetching} onClick={() => void recordAnswer(true)}>
              <FormattedMessage id="match.answer.accept" />
            </button>
            <button type="button" className="button button-secondary" aria-expanded={declining} onClick={() => setDeclining((d) => !d)}>
              <FormattedMessage id="match.answer.decline" />
            </button>
          </div>
          {declining ? (
            <form
              ref={form}
              className="form subform"
              noValidate
              aria-label={intl.formatMessage({ id: 'match.answer.declineForm' }, { name })}
              onSubmit={(event: FormEvent) => {
                event.preventDefault();
                void recordAnswer(false);
              }}
            >
              <FormLevelProblem problem={problems[FORM_LEVEL]} />
              <ReasonSelect
                label={<FormattedMessage id="match.declineReason" />}
                reasons={DECLINE_REASONS}
                reasonName={(r) => intl.formatMessage({ id: `declineReason.${r}` })}
                value={reason}
                error={problemText('declineReason', problems.reason)}
                onChange={setReason}
              />
              <NoteField value={note} error={problemText('note', problems.note)} onChange={setNote} />
              <div className="form-actions">
                <button type="submit" className="button button-danger-outline" disabled={recording.fetching}>
                  <FormattedMessage id="match.answer.recordDecline" />
                </button>
              </div>
            </form>
          ) : null}
          <MutationErrorNotice error={recording.error} />
          <AnswerLink match={match} side={side} name={name} onNotice={onNotice} />
        </>
      ) : null}
    </div>
  );
}

/** A personal link with which the person answers on their own phone (shown once: only its hash is stored). */
function AnswerLink({ match, side, name, onNotice }: { match: Match; side: PersonRole; name: string; onNotice: SectionProps['onNotice'] }) {
  const intl = useIntl();
  const problemText = useProblemText();
  const [result, create] = useMutation(CreateMatchAnswerLinkMutation);
  const [link, setLink] = useState<MatchAnswerLink | null>(null);

  async function createLink(sendByEmail: boolean) {
    onNotice(null);
    const answer = await create({ input: { matchId: match.id, side, sendByEmail } });
    const payload = answer.data?.createMatchAnswerLink;
    if (payload?.link) {
      setLink(payload.link);
      const emailedTo = payload.link.emailedTo;
      onNotice({ tone: 'success', text: emailedTo ? intl.formatMessage({ id: 'match.link.emailed' }, { name, email: emailedTo }) : intl.formatMessage({ id: 'match.link.created' }, { name }) });
    } else if (payload?.userErrors.length) {
      const problem = payload.userErrors[0];
      if (problem.field.includes('sendByEmail')) {
        onNotice({ tone: 'error', text: intl.formatMessage({ id: 'match.link.noEmail' }, { name }) });
        return;
      }
      onNotice({ tone: 'error', text: problemText('answerLink', problem) ?? problem.message, stale: problem.code === 'NOT_ALLOWED' });
    } else if (!answer.error) {
      onNotice({ tone: 'error', text: intl.formatMessage({ id: 'apiError.UNKNOWN' }) });
    }
  }

  return (
    <div className="answer-link">
      {link ? (
        <>
          <CopyLink label={<FormattedMessage id="match.link.url" values={{ name }} />} url={appUrl(link.path)} autoFocus />
          <p>
            <FormattedMessage id="match.link.expires" values={{ date: <FormattedDate value={link.expiresAt} dateStyle="long" timeStyle="short" /> }} />
          </p>
          <p className="field-hint">
            <FormattedMessage id="match.link.onlyNow" />
          </p>
        </>
      ) : (
        <>
          <p className="field-hint">
            <FormattedMessage id="match.link.explain" values={{ name }} />
          </p>
          <div className="form-actions">
            <button type="button" className="button button-secondary" disabled={result.fetching} onClick={() => void createLink(false)}>
              <FormattedMessage id={result.fetching ? 'common.sending' : 'match.link.create'} values={{ name }} />
            </button>
            <button type="button" className="button button-secondary" disabled={result.fetching} onClick={() => void createLink(true)}>
              <FormattedMessage id="match.link.email" values={{ name }} />
            </button>
          </div>
        </>
      )}
      <MutationErrorNotice error={result.error} />
    </div>
  );
}

/** The steps the match's status allows now: the first meeting, pause and resume, the end. */
export function MatchNextStepSection(props: SectionProps) {
  const { match } = props;
  const allowed = match.allowedNextStatuses;
  const canStart = match.status === 'ACCEPTED' && allowed.includes('ACTIVE');
  const canResume = match.status === 'PAUSED' && allowed.includes('ACTIVE');
  const canPause = allowed.includes('PAUSED');
  const outcomes = MATCH_OUTCOMES.filter((outcome) => allowed.includes(outcome));
  const none = !canStart && !canResume && !canPause && outcomes.length === 0;
  return (
    <section className="card" aria-labelledby="match-next">
      <h2 id="match-next">
        <FormattedMessage id="match.next" />
      </h2>
      {none ? (
        <p className="muted">
          <FormattedMessage id={match.status === 'APPROVED' ? 'match.next.waitingForAnswers' : 'match.next.none'} />
        </p>
      ) : null}
      {canStart ? <StartForm {...props} /> : null}
      {canResume ? <ResumeButton {...props} /> : null}
      {canPause ? <PauseForm {...props} /> : null}
      {outcomes.length ? <EndForm {...props} outcomes={outcomes} /> : null}
    </section>
  );
}

function StartForm({ match, onChanged, onNotice }: SectionProps) {
  const intl = useIntl();
  const problemText = useProblemText();
  const handle = useMatchAnswer({ onChanged, onNotice });
  const { form, problems, report, clear } = useFormProblems();
  const [result, startMatch] = useMutation(StartMatchMutation);
  const [date, setDate] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = startSchema.safeParse({ firstMeetingAt: date });
    if (!parsed.success) return report(formProblems(issuesAsProblems(parsed.error.issues), START_FIELDS));
    clear();
    onNotice(null);
    const answer = await startMatch({
      input: { matchId: match.id, version: match.version, firstMeetingAt: dateInputToDateTime(parsed.data.firstMeetingAt) },
      language: asLanguage(intl.locale) ?? 'EN',
    });
    const back = handle({ error: answer.error, payload: answer.data?.startMatch }, () => intl.formatMessage({ id: 'match.started' }));
    if (back.length) report(formProblems(back, START_FIELDS));
  }

  return (
    <form ref={form} className="form subform" onSubmit={submit} noValidate aria-labelledby="match-start">
      <h3 id="match-start">
        <FormattedMessage id="match.start" />
      </h3>
      <FormLevelProblem problem={problems[FORM_LEVEL]} />
      <TextField
        label={<FormattedMessage id="match.firstMeetingAt" />}
        type="date"
        name="firstMeetingAt"
        max={todayInput()}
        className="field-date"
        value={date}
        error={problemText('firstMeetingAt', problems.firstMeetingAt)}
        onChange={(e) => setDate(e.target.value)}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={result.fetching}>
          <FormattedMessage id="match.start.submit" />
        </button>
      </div>
      <MutationErrorNotice error={result.error} />
    </form>
  );
}

function ResumeButton({ match, onChanged, onNotice }: SectionProps) {
  const intl = useIntl();
  const problemText = useProblemText();
  const handle = useMatchAnswer({ onChanged, onNotice });
  const [result, resume] = useMutation(ResumeMatchMutation);

  async function resumeMatch() {
    onNotice(null);
    const answer = await resume({ input: { matchId: match.id, version: match.version }, language: asLanguage(intl.locale) ?? 'EN' });
    const back = handle({ error: answer.error, payload: answer.data?.resumeMatch }, () => intl.formatMessage({ id: 'match.resumed' }));
    if (back.length) onNotice({ tone: 'error', text: problemText('match', back[0]) ?? back[0].message });
  }

  return (
    <div className="subform">
      <p>
        <FormattedMessage id="match.resume.hint" />
      </p>
      <button type="button" className="button button-primary" disabled={result.fetching} onClick={() => void resumeMatch()}>
        <FormattedMessage id="match.resume" />
      </button>
      <MutationErrorNotice error={result.error} />
    </div>
  );
}

function PauseForm({ match, onChanged, onNotice }: SectionProps) {
  const intl = useIntl();
  const problemText = useProblemText();
  const handle = useMatchAnswer({ onChanged, onNotice });
  const { form, problems, report, clear } = useFormProblems();
  const [result, pause] = useMutation(PauseMatchMutation);
  const [reason, setReason] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = pauseSchema.safeParse({ reason });
    if (!parsed.success) return report(formProblems(issuesAsProblems(parsed.error.issues), PAUSE_FIELDS));
    clear();
    onNotice(null);
    const answer = await pause({
      input: { matchId: match.id, version: match.version, ...(parsed.data.reason ? { reason: parsed.data.reason } : {}) },
      language: asLanguage(intl.locale) ?? 'EN',
    });
    const back = handle({ error: answer.error, payload: answer.data?.pauseMatch }, () => intl.formatMessage({ id: 'match.paused' }));
    if (back.length) report(formProblems(back, PAUSE_FIELDS));
  }

  return (
    <form ref={form} className="form subform" onSubmit={submit} noValidate aria-labelledby="match-pause">
      <h3 id="match-pause">
        <FormattedMessage id="match.pause" />
      </h3>
      <FormLevelProblem problem={problems[FORM_LEVEL]} />
      <TextField
        label={<FormattedMessage id="match.pauseReason" />}
        optional={intl.formatMessage({ id: 'common.optional' })}
        name="reason"
        value={reason}
        error={problemText('reason', problems.reason)}
        onChange={(e) => setReason(e.target.value)}
      />
      <div className="form-actions">
        <button type="submit" className="button button-secondary" disabled={result.fetching}>
          <FormattedMessage id="match.pause.submit" />
        </button>
      </div>
      <MutationErrorNotice error={result.error} />
    </form>
  );
}

function EndForm({ match, onChanged, onNotice, outcomes }: SectionProps & { outcomes: MatchOutcome[] }) {
  const intl = useIntl();
  const problemText = useProblemText();
  const handle = useMatchAnswer({ onChanged, onNotice });
  const { form, problems, report, clear } = useFormProblems();
  const [result, end] = useMutation(EndMatchMutation);
  const [outcome, setOutcome] = useState<MatchOutcome>(outcomes[0]);
  const [reason, setReason] = useState<MatchEndReason | ''>('');
  const [note, setNote] = useState('');
  const reasons = endReasonsFor(outcome);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = endSchema.safeParse({ outcome, reason, note });
    if (!parsed.success) return report(formProblems(issuesAsProblems(parsed.error.issues), END_FIELDS));
    clear();
    onNotice(null);
    const { note: text, ...rest } = parsed.data;
    const answer = await end({
      input: { matchId: match.id, version: match.version, ...rest, ...(text ? { note: text } : {}) },
      language: asLanguage(intl.locale) ?? 'EN',
    });
    const back = handle({ error: answer.error, payload: answer.data?.endMatch }, (ended) => intl.formatMessage({ id: `match.ended.${ended.status === 'COMPLETED' ? 'COMPLETED' : 'ENDED'}` }));
    if (back.length) report(formProblems(back, END_FIELDS));
  }

  return (
    <form ref={form} className="form subform" onSubmit={submit} noValidate aria-labelledby="match-end">
      <h3 id="match-end">
        <FormattedMessage id="match.end" />
      </h3>
      <FormLevelProblem problem={problems[FORM_LEVEL]} />
      <div className="form-row">
        <SelectField
          label={<FormattedMessage id="match.outcome" />}
          name="outcome"
          value={outcome}
          error={problemText('outcome', problems.outcome)}
          onChange={(e) => {
            const next = e.target.value as MatchOutcome;
            setOutcome(next);
            if (reason && !endReasonsFor(next).includes(reason)) setReason('');
          }}
        >
          {outcomes.map((o) => (
            <option key={o} value={o}>
              {intl.formatMessage({ id: `matchOutcome.${o}` })}
            </option>
          ))}
        </SelectField>
        <ReasonSelect
          label={<FormattedMessage id="match.endReason" />}
          hint={reason === 'MISMATCH' ? <FormattedMessage id="match.endReason.MISMATCH.hint" /> : undefined}
          reasons={reasons}
          reasonName={(r) => intl.formatMessage({ id: `matchEndReason.${r}` })}
          value={reason}
          error={problemText('endReason', problems.reason)}
          onChange={setReason}
        />
      </div>
      <NoteField value={note} error={problemText('note', problems.note)} onChange={setNote} />
      <div className="form-actions">
        <button type="submit" className="button button-danger-outline" disabled={result.fetching}>
          <FormattedMessage id="match.end.submit" />
        </button>
      </div>
      <MutationErrorNotice error={result.error} />
    </form>
  );
}

interface ReasonSelectProps<R extends string> {
  label: ReactNode;
  hint?: ReactNode;
  reasons: readonly R[];
  reasonName: (reason: R) => string;
  value: R | '';
  error?: string;
  onChange: (reason: R | '') => void;
}

/** A required reason (a decline's, an end's), chosen from the schema's list. */
function ReasonSelect<R extends string>({ label, hint, reasons, reasonName, value, error, onChange }: ReasonSelectProps<R>) {
  const intl = useIntl();
  return (
    <SelectField label={label} hint={hint} name="reason" value={value} error={error} onChange={(e) => onChange(e.target.value as R | '')}>
      <option value="">{intl.formatMessage({ id: 'match.chooseReason' })}</option>
      {reasons.map((r) => (
        <option key={r} value={r}>
          {reasonName(r)}
        </option>
      ))}
    </SelectField>
  );
}

function NoteField({ value, error, onChange }: { value: string; error?: string; onChange: (note: string) => void }) {
  const intl = useIntl();
  return (
    <TextAreaField
      label={<FormattedMessage id="match.note" />}
      optional={intl.formatMessage({ id: 'common.optional' })}
      name="note"
      rows={2}
      value={value}
      error={error}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

function FormLevelProblem({ problem }: { problem: Parameters<ReturnType<typeof useProblemText>>[1] }) {
  const problemText = useProblemText();
  return problem ? (
    <ErrorNotice>
      <p>{problemText('match', problem)}</p>
    </ErrorNotice>
  ) : null;
}

/** A failed mutation; not someone else's change (CONFLICT), which the page's notice offers to reload. */
function MutationErrorNotice({ error }: { error: CombinedError | undefined }) {
  return error && apiErrorCode(error) !== 'CONFLICT' ? <ApiErrorNotice error={error} /> : null;
}
