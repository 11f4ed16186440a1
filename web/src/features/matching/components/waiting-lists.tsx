import { useMemo, type ReactNode } from 'react';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { PagedTable } from '../../../components/paged-table';
import type { MessageId } from '../../../i18n/locales';
import { usePaginatedQuery, type PaginatedQuery } from '../../../lib/use-paginated-query';
import { WAITING_PAGE_SIZE, WaitingListQuery, type WaitingPerson } from '../api/matching-board';
import { useReloadOnChange } from '../utils/use-reload-on-change';
import { PersonLink } from './person-link';

/**
 * Who the programme could match now, side by side (stacked on narrow screens): the waiting
 * newcomers, longest waiting first, and the available buddies with their room.
 */
export function WaitingLists({ programmeId, changes }: { programmeId: string; changes: number }) {
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
        <WaitingList
          id="matching-waiting-newcomers"
          title="matching.waiting.newcomers"
          query={newcomers}
          empty="matching.waiting.newcomers.empty"
          detailColumn="people.waitingSince"
          detail={(person) => (person.waitingSince ? <FormattedDate value={person.waitingSince} dateStyle="medium" /> : <span className="muted">—</span>)}
        />
        <WaitingList
          id="matching-waiting-buddies"
          title="matching.waiting.buddies"
          query={buddies}
          empty="matching.waiting.buddies.empty"
          detailColumn="matching.waiting.room"
          detail={(person) =>
            person.capacity === null ? (
              (person.openMatchCount ?? 0)
            ) : (
              <FormattedMessage id="matching.waiting.openOfCapacity" values={{ open: person.openMatchCount ?? 0, capacity: person.capacity }} />
            )
          }
        />
      </div>
    </section>
  );
}

interface WaitingListProps {
  id: string;
  /** The list's heading, and its table's caption. */
  title: MessageId;
  query: PaginatedQuery<unknown, WaitingPerson>;
  empty: MessageId;
  /** The column after the name, and what it says of each person. */
  detailColumn: MessageId;
  detail: (person: WaitingPerson) => ReactNode;
}

/** One side: the waiting people by name, with one more column. */
function WaitingList({ id, title, query, empty, detailColumn, detail }: WaitingListProps) {
  const intl = useIntl();
  return (
    <div>
      <h3 id={id}>
        <FormattedMessage id={title} />
      </h3>
      <PagedTable
        query={query}
        caption={title}
        columns={['people.name', detailColumn]}
        empty={empty}
        hideTableWhenEmpty
        renderRow={(person) => (
          <tr key={person.id}>
            <th scope="row">
              <PersonLink person={person} />
            </th>
            <td data-label={intl.formatMessage({ id: detailColumn })}>{detail(person)}</td>
          </tr>
        )}
      />
    </div>
  );
}
