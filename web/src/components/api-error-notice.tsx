import { FormattedMessage } from 'react-intl';
import type { CombinedError } from 'urql';
import { apiErrorCode } from '../lib/graphql-client';
import { ErrorNotice } from './notice';

/** A failed query or mutation, said in the user's words by its `extensions.code`. */
export function ApiErrorNotice({ error, onRetry }: { error: CombinedError; onRetry?: () => void }) {
  const code = apiErrorCode(error);
  return (
    <ErrorNotice>
      <p>
        {code === 'FORBIDDEN' ? (
          <FormattedMessage id="apiError.FORBIDDEN" />
        ) : code === 'NOT_FOUND' ? (
          <FormattedMessage id="apiError.NOT_FOUND" />
        ) : code === 'CONFLICT' ? (
          <FormattedMessage id="apiError.CONFLICT" />
        ) : code === 'UNAUTHENTICATED' ? (
          <FormattedMessage id="apiError.UNAUTHENTICATED" />
        ) : code === 'NETWORK' ? (
          <FormattedMessage id="apiError.NETWORK" />
        ) : (
          <FormattedMessage id="apiError.UNKNOWN" />
        )}
      </p>
      {onRetry ? (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          <FormattedMessage id={code === 'CONFLICT' ? 'common.reload' : 'common.tryAgain'} />
        </button>
      ) : null}
    </ErrorNotice>
  );
}
