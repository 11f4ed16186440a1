import { useIntl } from 'react-intl';
import type { MatchAnswer, MatchStatus } from '../api/matching-domain';

// Colour groups (the word says it too): waiting for answers, under way, done, stopped.
const TONE: Record<MatchStatus, 'pending' | 'progress' | 'active' | 'closed'> = {
  APPROVED: 'pending',
  ACCEPTED: 'progress',
  ACTIVE: 'active',
  PAUSED: 'closed',
  COMPLETED: 'active',
  ENDED: 'closed',
  DECLINED: 'closed',
};

export function MatchStatusBadge({ status }: { status: MatchStatus }) {
  const intl = useIntl();
  return <span className={`badge badge-person-${TONE[status]}`}>{intl.formatMessage({ id: `matchStatus.${status}` })}</span>;
}

/** A buddy's or newcomer's answer in words, with a mark that does not rely on colour. */
export function MatchAnswerText({ answer }: { answer: MatchAnswer }) {
  const intl = useIntl();
  const mark = answer === 'ACCEPTED' ? '✓' : answer === 'DECLINED' ? '✗' : '…';
  return (
    <span className={`match-answer match-answer-${answer.toLowerCase()}`}>
      <span aria-hidden="true">{mark} </span>
      {intl.formatMessage({ id: `matchAnswer.${answer}` })}
    </span>
  );
}
