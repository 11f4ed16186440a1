import { useState, type ReactNode } from 'react';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { NodeQueryStatus } from '../../../components/node-query-status';
import { PageNotice, type PageNoticeValue } from '../../../components/page-notice';
import { PageHeading } from '../../../components/page-heading';
import { StatusHistory } from '../../../components/status-history';
import { asLanguage } from '../../../lib/domain';
import { href } from '../../../lib/router';
import { useLatestVersion } from '../../../lib/use-latest-version';
import { MatchQuery, type Match } from '../api/matches';
import { matchingBoardPath } from '../utils/paths';
import type { MatchStatus } from '../api/matching-domain';
import { MatchAnswerSection, MatchNextStepSection } from './match-actions';
import { MatchStatusBadge } from './match-badges';
import { pairName, PersonLink } from './person-link';
import { Score, ScoreBreakdown } from './score-breakdown';

/**
 * One match (a newcomer–buddy pair): where it stands, both answers, the next steps its status
 * allows, why it was made, and how it got here.
 */
export function MatchPage({ id }: { id: string }) {
  const intl = useIntl();
  const language = asLanguage(intl.locale) ?? 'EN';
  const [query, refetch] = useQuery({ query: MatchQuery, variables: { id, language }, requestPolicy: 'network-only' });
  const fetched = query.data?.node && 'allowedNextStatuses' in query.data.node ? (query.data.node as Match) : null;
  const [match, setLatest] = useLatestVersion(fetched);
  const [notice, setNotice] = useState<PageNoticeValue | null>(null);
  const reload = () => {
    setLatest(null);
    setNotice(null);
    refetch({ requestPolicy: 'network-only' });
  };
  const sectionProps = match ? { match, onChanged: setLatest, onNotice: setNotice } : null;

  return (
    <>
      <PageHeading title={match ? intl.formatMessage({ id: 'match.title.pair' }, { pair: pairName(intl, match) }) : intl.formatMessage({ id: 'match.title' })} />
      {match ? (
        <p className="person-summary">
          <span>{match.programme.name}</span>
          <MatchStatusBadge status={match.status} />
          <a href={href(matchingBoardPath(match.programme.id))}>
            <FormattedMessage id="match.backToBoard" />
          </a>
        </p>
      ) : null}
      <PageNotice notice={notice} onReload={reload} />
      <NodeQueryStatus error={query.error} notFound={Boolean(query.data && !fetched)} loading={!match && query.fetching} onRetry={reload} />
      {match && sectionProps ? (
        <>
          <MatchStatusSection match={match} />
          <MatchAnswerSection key={`answers-${match.version}`} {...sectionProps} />
          <MatchNextStepSection key={`next-${match.version}`} {...sectionProps} />
          <section className="card" aria-labelledby="match-why">
            <h2 id="match-why">
              <FormattedMessage id="match.why" />
            </h2>
            <p>
              <Score score={match.score} />
            </p>
            <p>{match.explanation}</p>
            <ScoreBreakdown criteria={match.criteria} caption={intl.formatMessage({ id: 'matching.breakdown.caption' }, { pair: pairName(intl, match) })} />
          </section>
        </>
      ) : null}
    </>
  );
}

function MatchStatusSection({ match }: { match: Match }) {
  const intl = useIntl();
  const statusName = (status: MatchStatus) => intl.formatMessage({ id: `matchStatus.${status}` });
  const date = (value: string | null) => (value ? <FormattedDate value={value} dateStyle="medium" /> : <span className="muted">—</span>);
  const detail = (label: string, value: ReactNode, testId?: string) => (
    <div>
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
  return (
    <section className="card" aria-labelledby="match-status">
      <h2 id="match-status">
        <FormattedMessage id="people.status" />
      </h2>
      <p>
        <FormattedMessage id="match.statusNow" values={{ status: <strong data-testid="match-status">{statusName(match.status)}</strong> }} />{' '}
        <FormattedMessage id={`match.statusExplained.${match.status}`} />
      </p>
      <dl className="details">
        {detail(intl.formatMessage({ id: 'matching.newcomer' }), <PersonLink person={match.newcomer} />)}
        {detail(intl.formatMessage({ id: 'matching.buddy' }), <PersonLink person={match.buddy} />)}
        {detail(intl.formatMessage({ id: 'matching.matches.approvedAt' }), date(match.approvedAt))}
        {detail(intl.formatMessage({ id: 'match.acceptedAt' }), date(match.acceptedAt))}
        {detail(intl.formatMessage({ id: 'match.startedAt' }), date(match.startedAt))}
        {match.endedAt ? detail(intl.formatMessage({ id: 'match.endedAt' }), date(match.endedAt)) : null}
        {match.declineReason
          ? detail(
              intl.formatMessage({ id: 'match.declineReason' }),
              <>
                {intl.formatMessage({ id: `declineReason.${match.declineReason}` })}
                {match.declinedBy ? (
                  <span className="cell-sub">
                    <FormattedMessage id="match.declinedBy" values={{ role: intl.formatMessage({ id: `role.${match.declinedBy}` }) }} />
                  </span>
                ) : null}
              </>,
            )
          : null}
        {match.endReason ? detail(intl.formatMessage({ id: 'match.endReason' }), intl.formatMessage({ id: `matchEndReason.${match.endReason}` })) : null}
      </dl>
      <StatusHistory history={match.history} statusName={statusName} byNoUser={<FormattedMessage id="match.history.byLink" />} />
    </section>
  );
}
