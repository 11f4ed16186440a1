import { FormattedMessage } from 'react-intl';
import type { CombinedError } from 'urql';
import { ApiErrorNotice } from './api-error-notice';
import { ErrorNotice } from './notice';

interface NodeQueryStatusProps {
  /** The query's error, if it failed. */
  error: CombinedError | undefined;
  /** The query answered, but there is no such thing (or not of the page's kind). */
  notFound: boolean;
  /** Nothing to show yet, and the query is on its way. */
  loading: boolean;
  onRetry: () => void;
}

/** What a page about one thing (loaded by its id) says while it cannot show it: the error, not found, or loading. */
export function NodeQueryStatus({ error, notFound, loading, onRetry }: NodeQueryStatusProps) {
  return (
    <>
      {error ? <ApiErrorNotice error={error} onRetry={onRetry} /> : null}
      {notFound ? (
        <ErrorNotice>
          <p>
            <FormattedMessage id="apiError.NOT_FOUND" />
          </p>
        </ErrorNotice>
      ) : null}
      {loading ? (
        <p className="loading">
          <FormattedMessage id="common.loading" />
        </p>
      ) : null}
    </>
  );
}
