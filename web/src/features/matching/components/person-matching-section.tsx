import { useMemo, useState } from 'react';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { useMutation, useQuery } from 'urql';
import { ApiErrorNotice } from '../../../components/api-error-notice';
import { SelectField } from '../../../components/field';
import { PagedTable } from '../../../components/paged-table';
import type { PageNoticeValue } from '../../../components/page-notice';
import { useProblemText } from '../../../components/use-problem-text';
import { asLanguage } from '../../../lib/domain';
import type { PersonRole } from '../../../lib/programme-domain';
import { usePaginatedQuery } from '../../../lib/use-paginated-query';
import { PERSON_MATCHES_PAGE_SIZE, PersonMatchesQuery } from '../api/matches';
import type { MatchingUserError } from '../api/matching-fragments';
import { ApproveMatchMutation, MatchSuggestionsQuery, SUGGESTIONS_COUNT, type MatchSuggestion } from '../api/suggestions';
import { useReloadOnChange } from '../utils/use-reload-on-change';
import { MatchStatusBadge } from './match-badges';
import { matchingPersonName, OpenMatchLink, pairName, PersonLink } from './person-link';
import { Score, WhyDisclosure } from './score-breakdown';

/** What the person page knows about the person (a structural subset of its Person). */
export interface MatchingSectionPerson {
  id: string;
  role: PersonRole;
  status: string;
  erasedAt: string | null;
  programmes: { id: string; name: string; status: string }[];
}

interface PersonMatchingProps {
  person: MatchingSectionPerson;
  onNotice: (notice: PageNoticeValue | null) => void;
  /** A match was approved: the person's status may have changed. */
  onMatched: () => void;
}

/** Who may be matched now: a waiting newcomer, or a buddy who is available (or matched, with room left). */
function canBeMatched(person: MatchingSectionPerson): boolean {
  if (person.erasedAt) return false;
  return person.role === 'NEWCOMER' ? person.status === 'WAITING' : person.status === 'AVAILABLE' || person.status === 'MATCHED';
}

/** The person page's matching part: suggested matches (when the person can be matched) and their matches. */
export function PersonMatchingSection({ person, onNotice, onMatched }: PersonMatchingProps) {
  const [approvals, setApprovals] = useState(0);
  const programmes = person.programmes.filter((p) => p.status !== 'CLOSED');
  return (
    <>
      {canBeMatched(person) && programmes.length > 0 ? (
        <SuggestionsSection
          person={person}
          programmes={programmes}
          onNotice={onNotice}
          onApproved={() => {
            setApprovals((n) => n + 1);
            onMatched();
          }}
        />
      ) : null}
      <PersonMatchesSection personId={person.id} role={person.role} changes={approvals} />
    </>
  );
}

interface SuggestionsProps {
  person: MatchingSectionPerson;
  programmes: { id: string; name: string }[];
  onNotice: PersonMatchingProps['onNotice'];
  onApproved: () => void;
}

function SuggestionsSection({ person, programmes, onNotice, onApproved }: SuggestionsProps) {
  const intl = useIntl();
  const problemText = useProblemText();
  const [programmeId, setProgrammeId] = useState(programmes[0].id);
  const language = asLanguage(intl.locale) ?? 'EN';
  const [query, refetch] = useQuery({
    query: MatchSuggestionsQuery,
    variables: { personId: person.id, programmeId, first: SUGGESTIONS_COUNT, language },
    requestPolicy: 'network-only',
  });
  const [result, approve] = useMutation(ApproveMatchMutation);
  // Problems by the other person's id, shown at their suggestion.
  const [problems, setProblems] = useState<ReadonlyMap<string, MatchingUserError>>(new Map());
  const suggestions = query.data?.matchSuggestions ?? [];
  const otherOf = (s: MatchSuggestion) => (person.role === 'NEWCOMER' ? s.buddy : s.newcomer);

  async function approveSuggestion(s: MatchSuggestion) {
    onNotice(null);
    const other = otherOf(s);
    const answer = await approve({ input: { programmeId, newcomerId: s.newcomer.id, buddyId: s.buddy.id } });
    const payload = answer.data?.approveMatch;
    const problem = payload?.userErrors[0];
    if (problem) {
      setProblems(new Map([[other.id, problem]]));
    } else if (payload?.match) {
      setProblems(new Map());
      onNotice({ tone: 'success', text: intl.formatMessage({ id: 'suggestions.approved' }, { pair: pairName(intl, s) }) });
      onApproved();
      refetch({ requestPolicy: 'network-only' });
    } else if (!answer.error) {
      onNotice({ tone: 'error', text: intl.formatMessage({ id: 'apiError.UNKNOWN' }) });
    }
  }

  const problemFor = (s: MatchSuggestion, problem: MatchingUserError) =>
    problem.code === 'CONFLICT'
      ? intl.formatMessage({ id: 'suggestions.conflict' }, { buddy: matchingPersonName(intl, s.buddy), newcomer: matchingPersonName(intl, s.newcomer) })
      : (problemText('approveMatch', problem) ?? problem.message);

  return (
    <section className="card" aria-labelledby="person-suggestions">
      <h2 id="person-suggestions">
        <FormattedMessage id="suggestions.title" />
      </h2>
      <p className="field-hint">
        <FormattedMessage id={person.role === 'NEWCOMER' ? 'suggestions.intro.newcomer' : 'suggestions.intro.buddy'} values={{ count: SUGGESTIONS_COUNT }} />
      </p>
      {programmes.length > 1 ? (
        <SelectField label={<FormattedMessage id="people.programme" />} name="programmeId" value={programmeId} onChange={(e) => setProgrammeId(e.target.value)}>
          {programmes.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      {query.error ? <ApiErrorNotice error={query.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} /> : null}
      {result.error ? <ApiErrorNotice error={result.error} /> : null}
      {query.fetching && !query.data ? (
        <p className="loading">
          <FormattedMessage id="common.loading" />
        </p>
      ) : null}
      {query.data && suggestions.length === 0 ? (
        <p className="empty">
          <FormattedMessage id="suggestions.none" />
        </p>
      ) : null}
      {suggestions.length ? (
        <ol className="proposal-list suggestion-list" aria-busy={query.fetching}>
          {suggestions.map((s) => {
            const other = otherOf(s);
            const problem = problems.get(other.id);
            const pair = pairName(intl, s);
            return (
              <li key={other.id} className="proposal">
                <div className="proposal-head">
                  <p className="proposal-pair">
                    <PersonLink person={other} />
                  </p>
                  <Score score={s.score} />
                </div>
                <p className="proposal-explanation">{s.explanation}</p>
                {problem ? (
                  <div className="field-error" id={`suggestion-problem-${other.id}`}>
                    <p>{problemFor(s, problem)}</p>
                  </div>
                ) : null}
                <WhyDisclosure criteria={s.criteria} pair={pair} caption={intl.formatMessage({ id: 'matching.breakdown.caption' }, { pair })} />
                <div className="proposal-actions">
                  <button
                    type="button"
                    className="button button-primary button-small"
                    disabled={result.fetching}
                    aria-describedby={problem ? `suggestion-problem-${other.id}` : undefined}
                    onClick={() => void approveSuggestion(s)}
                  >
                    <FormattedMessage id="suggestions.approve" />
                    <span className="visually-hidden"> {pair}</span>
                  </button>
                  {problem ? (
                    <button type="button" className="button button-secondary button-small" onClick={() => refetch({ requestPolicy: 'network-only' })}>
                      <FormattedMessage id="suggestions.refresh" />
                    </button>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ol>
      ) : null}
    </section>
  );
}

/** The person's matches, newest first, each with a link to its page. */
function PersonMatchesSection({ personId, role, changes }: { personId: string; role: PersonRole; changes: number }) {
  const intl = useIntl();
  const variables = useMemo(() => ({ personId, first: PERSON_MATCHES_PAGE_SIZE }), [personId]);
  const matches = usePaginatedQuery(PersonMatchesQuery, variables, (data) => data.node?.matches);
  useReloadOnChange(changes, matches.reload);
  const label = (id: 'people.status' | 'matching.matches.approvedAt' | 'matching.actions') => intl.formatMessage({ id });
  return (
    <section className="card" aria-labelledby="person-matches">
      <h2 id="person-matches">
        <FormattedMessage id="matching.matches.title" />
      </h2>
      <PagedTable
        query={matches}
        caption="matching.matches.title"
        columns={[role === 'NEWCOMER' ? 'matching.buddy' : 'matching.newcomer', 'people.status', 'matching.matches.approvedAt', 'matching.actions']}
        empty="matching.matches.person.empty"
        hideTableWhenEmpty
        renderRow={(match) => {
          const other = role === 'NEWCOMER' ? match.buddy : match.newcomer;
          return (
            <tr key={match.id}>
              <th scope="row">
                <PersonLink person={other} />
              </th>
              <td data-label={label('people.status')}>
                <MatchStatusBadge status={match.status} />
              </td>
              <td data-label={label('matching.matches.approvedAt')}>
                <FormattedDate value={match.approvedAt} dateStyle="medium" />
              </td>
              <td className="actions">
                <OpenMatchLink className="button button-secondary button-small" match={match} />
              </td>
            </tr>
          );
        }}
      />
    </section>
  );
}
