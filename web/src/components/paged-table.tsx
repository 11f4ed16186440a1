import { useRef, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import type { MessageId } from '../i18n/locales';
import type { PaginatedQuery } from '../lib/use-paginated-query';
import { ApiErrorNotice } from './api-error-notice';
import { LoadMore } from './load-more';

interface PagedTableProps<TNode> {
  /** The list, from usePaginatedQuery. */
  query: Pick<PaginatedQuery<unknown, TNode>, 'nodes' | 'hasNextPage' | 'fetching' | 'error' | 'loadMore' | 'reload'>;
  /** The table's caption (read by screen readers only). */
  caption: MessageId;
  /** The column headers, in order. */
  columns: readonly MessageId[];
  /** Said when the list has no items. */
  empty: MessageId;
  /** One <tr> per item, with its key (cells other than the row header carry a data-label for .table-stack). */
  renderRow: (node: TNode) => ReactNode;
  /** When the list turns out empty, say so instead of showing the table's headers (else both show). */
  hideTableWhenEmpty?: boolean;
}

/**
 * A paginated list as a stacked table: the error notice with "retry", the "empty" text, the table with
 * its caption and column headers, and "load more" (which moves focus to the first new row).
 */
export function PagedTable<TNode>({ query, caption, columns, empty, renderRow, hideTableWhenEmpty = false }: PagedTableProps<TNode>) {
  const tbody = useRef<HTMLTableSectionElement>(null);
  const isEmpty = !query.fetching && !query.error && query.nodes.length === 0;

  return (
    <>
      {query.error ? <ApiErrorNotice error={query.error} onRetry={query.reload} /> : null}
      {isEmpty ? (
        <p className="empty">
          <FormattedMessage id={empty} />
        </p>
      ) : null}
      {isEmpty && hideTableWhenEmpty ? null : (
        <div className="table-wrap">
          <table className="table table-stack" aria-busy={query.fetching}>
            <caption className="visually-hidden">
              <FormattedMessage id={caption} />
            </caption>
            <thead>
              <tr>
                {columns.map((id) => (
                  <th key={id} scope="col">
                    <FormattedMessage id={id} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody ref={tbody}>{query.nodes.map((node) => renderRow(node))}</tbody>
          </table>
        </div>
      )}
      <LoadMore
        listRef={tbody}
        count={query.nodes.length}
        fetching={query.fetching}
        hasNextPage={query.hasNextPage}
        onLoadMore={query.loadMore}
      />
    </>
  );
}
