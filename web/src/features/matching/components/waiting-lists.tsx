import { useMemo } from 'react';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { PagedTable } from '../../../components/paged-table';
import { usePaginatedQuery } from '../../../lib/use-paginated-query';
import { WAITING_PAGE_SIZE, WaitingListQuery } from '../api/matching-board';
import { useReloadOnChange } from '../utils/use-reload-on-change';
import { PersonLink } from './person-link';

/**
 * Who the programme could match now, side by side (stacked on narrow screens): the waiting
 * newcomers, longest waiting first, and the available buddies with their room.
 */
export function WaitingLists({ programmeId, changes }: { programmeId: string; changes: number }) {
  const intl = useIntl();
  const newcomerVariables = useMemo(
    () => ({ filter: { role: 'NEWCOMER' as const, status: ['WAITING'], programmeId }, sort: 'WAITING_SINCE' as const, first: WAITING_PAGE_SIZE }),
    [programmeId],
  );
  const buddyVariables = useMemo(
    () => ({ filter: { role: 'BUDDY' as const, status: ['AVAILABLE', 'MATCHED'], programmeId }, sort: 'LAST_NAME' as const, first: WAITING_PAGE_SIZE }),
    [programmeId],
  );
  const newcomers = usePaginatedQuery(WaitingListQuery, newcomerVariables, (data) => data.people);
  const buddies = usePaginatedQuery(WaitingListQuery, buddyVariables, (data) => data.people);
  // Approving matches takes people off these lists.
  useReloadOnChange(changes, newcomers.reload);
  useReloadOnChange(changes, buddies.reload);

  return (
    <section className="section" aria-labelledby="matching-waiting">
      <h2 id="matching-waiting">
        <FormattedMessage id="matching.waiting.title" />
      </h2>
      <div className="waiting-lists">
        <div>
          <h3 id="matching-waiting-newcomers">
            <FormattedMessage id="matching.waiting.newcomers" />
          </h3>
          <PagedTable
            query={newcomers}
            caption="matching.waiting.newcomers"
            columns={['people.name', 'people.waitingSince']}
            empty="matching.waiting.newcomers.empty"
            hideTableWhenEmpty
            renderRow={(person) => (
              <tr key={person.id}>
                <th scope="row">
                  <PersonLink person={person} />
                </th>
                <td data-label={intl.formatMessage({ id: 'people.waitingSince' })}>
                  {person.waitingSince ? <FormattedDate value={person.waitingSince} dateStyle="medium" /> : <span className="muted">—</span>}
                </td>
              </tr>
            )}
          />
        </div>
        <div>
          <h3 id="matching-waiting-buddies">
            <FormattedMessage id="matching.waiting.buddies" />
          </h3>
          <PagedTable
            query={buddies}
            caption="matching.waiting.buddies"
            columns={['people.name', 'matching.waiting.room']}
            empty="matching.waiting.buddies.empty"
            hideTableWhenEmpty
            renderRow={(person) => (
              <tr key={person.id}>
                <th scope="row">
                  <PersonLink person={person} />
                </th>
                <td data-label={intl.formatMessage({ id: 'matching.waiting.room' })}>
                  {person.capacity === null ? (
                    (person.openMatchCount ?? 0)
                  ) : (
                    <FormattedMessage id="matching.waiting.openOfCapacity" values={{ open: person.openMatchCount ?? 0, capacity: person.capacity }} />
                  )}
                </td>
              </tr>
            )}
          />
        </div>
      </div>
    </section>
  );
}
