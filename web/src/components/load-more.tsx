import { useEffect, useRef, type RefObject } from 'react';
import { FormattedMessage } from 'react-intl';

interface LoadMoreProps {
  /** The element whose children are the items (a <ul> or a <tbody>). */
  listRef: RefObject<HTMLElement | null>;
  count: number;
  fetching: boolean;
  hasNextPage: boolean;
  onLoadMore: () => void;
}

/**
 * "Load more" for a paginated list (and "Loading…" while its first page comes). Keyboard focus moves to the first newly loaded item, so it is
 * not lost when the button goes away and the user reads on where the new page starts.
 */
export function LoadMore({ listRef, count, fetching, hasNextPage, onLoadMore }: LoadMoreProps) {
  const focusIndex = useRef<number | null>(null);
  useEffect(() => {
    const index = focusIndex.current;
    if (index === null || fetching || count <= index) return;
    focusIndex.current = null;
    const item = listRef.current?.children[index] as HTMLElement | undefined;
    if (item) {
      item.tabIndex = -1;
      item.focus();
    }
  }, [count, fetching, listRef]);

  if (fetching && count === 0) {
    return (
      <p className="loading">
        <FormattedMessage id="common.loading" />
      </p>
    );
  }
  if (!hasNextPage) return null;
  return (
    <button
      type="button"
      className="button button-secondary load-more"
      aria-disabled={fetching || undefined}
      onClick={() => {
        if (fetching) return;
        focusIndex.current = count;
        onLoadMore();
      }}
    >
      <FormattedMessage id={fetching ? 'common.loading' : 'common.loadMore'} />
    </button>
  );
}
