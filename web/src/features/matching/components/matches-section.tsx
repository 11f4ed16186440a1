import { useMemo, useState } from 'react';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { SelectField } from '../../../components/field';
import { PagedTable } from '../../../components/paged-table';
import { usePaginatedQuery } from '../../../lib/use-paginated-query';
import { MATCHES_PAGE_SIZE, ProgrammeMatchesQuery } from '../api/matches';
import { MATCH_STATUSES, OPEN_MATCH_STATUSES, type MatchStatus } from '../api/matching-domain';
import { useReloadOnChange } from '../utils/use-reload-on-change';
import { MatchAnswerText, MatchStatusBadge } from './match-badges';
import { OpenMatchLink, PersonLink } from './person-link';

/** "" all, "OPEN" the open ones, else one status. */
type StatusChoice = '' | 'OPEN' | MatchStatus;

function statusFilter(choice: StatusChoice): MatchStatus[] | undefined {
  if (choice === '') return undefined;
  return choice === 'OPEN' ? [...OPEN_MATCH_STATUSES] : [choice];
}

/** The programme's matches, newest first, by status; each opens on its own page. */
export function MatchesSection({ programmeId, changes }: { programmeId: string; changes: number }) {
  const intl = useIntl();
  const [choice, setChoice] = useState<StatusChoice>('OPEN');
  const variables = useMemo(() => {
    const status = statusFilter(choice);
    return { filter: { programmeId, ...(status ? { status } : {}) }, first: MATCHES_PAGE_SIZE };
  }, [programmeId, choice]);
  const matches = usePaginatedQuery(ProgrammeMatchesQuery, variables, (data) => data.matches);
  useReloadOnChange(changes, matches.reload);
  const label = (id: 'matching.buddy' | 'people.status' | 'matching.matches.newcomerAnswer' | 'matching.matches.buddyAnswer' | 'matching.matches.approvedAt') =>
    intl.formatMessage({ id });

  return (
    <section className="section" aria-labelledby="matching-matches">
      <h2 id="matching-matches">
        <FormattedMessage id="matching.matches.title" />
      </h2>
      <div className="matches-filter">
        <SelectField label={<FormattedMessage id="matching.matches.show" />} name="status" value={choice} onChange={(e) => setChoice(e.target.value as StatusChoice)}>
          <option value="OPEN">{intl.formatMessage({ id: 'matching.matches.open' })}</option>
          <option value="">{intl.formatMessage({ id: 'matching.matches.all' })}</option>
          {MATCH_STATUSES.map((status) => (
            <option key={status} value={status}>
              {intl.formatMessage({ id: `matchStatus.${status}` })}
            </option>
          ))}
        </SelectField>
      </div>
      <PagedTable
        query={matches}
        caption="matching.matches.title"
        columns={['matching.newcomer', 'matching.buddy', 'people.status', 'matching.matches.newcomerAnswer', 'matching.matches.buddyAnswer', 'matching.matches.approvedAt', 'matching.actions']}
        empty={choice === '' ? 'matching.matches.empty' : 'matching.matches.emptyFiltered'}
        hideTableWhenEmpty
        renderRow={(match) => (
          <tr key={match.id}>
            <th scope="row">
              <PersonLink person={match.newcomer} />
            </th>
            <td data-label={label('matching.buddy')}>
              <PersonLink person={match.buddy} />
            </td>
            <td data-label={label('people.status')}>
              <MatchStatusBadge status={match.status} />
            </td>
            <td data-label={label('matching.matches.newcomerAnswer')}>
              <MatchAnswerText answer={match.newcomerAnswer} />
            </td>
            <td data-label={label('matching.matches.buddyAnswer')}>
              <MatchAnswerText answer={match.buddyAnswer} />
            </td>
            <td data-label={label('matching.matches.approvedAt')}>
              <FormattedDate value={match.approvedAt} dateStyle="medium" />
            </td>
            <td className="actions">
              <OpenMatchLink className="button button-secondary button-small" match={match} />
            </td>
          </tr>
        )}
      />
    </section>
  );
}
