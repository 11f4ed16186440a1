import type { ReactNode } from 'react';
import { FormattedDate, FormattedMessage } from 'react-intl';

/** One step in the life of a person or a match. */
export interface StatusChange<S extends string> {
  from: S | null;
  to: S;
  reason: string | null;
  /** User id of who made the change; null when no user did (a link, the person themselves). */
  by: string | null;
  at: string;
}

interface StatusHistoryProps<S extends string> {
  history: readonly StatusChange<S>[];
  statusName: (status: S) => string;
  /** Said after a change that no user made (`by` is null). */
  byNoUser: ReactNode;
}

/** How the status got here, newest first, folded away behind its count (nothing when there is no history). */
export function StatusHistory<S extends string>({ history, statusName, byNoUser }: StatusHistoryProps<S>) {
  if (!history.length) return null;
  return (
    <details className="history">
      <summary>
        <FormattedMessage id="person.history" values={{ count: history.length }} />
      </summary>
      <ol className="history-list">
        {[...history].reverse().map((change, index) => (
          <li key={`${change.at}-${index}`}>
            <span className="history-when">
              <FormattedDate value={change.at} dateStyle="medium" timeStyle="short" />
            </span>{' '}
            {change.from ? (
              <FormattedMessage id="person.history.change" values={{ from: statusName(change.from), to: statusName(change.to) }} />
            ) : (
              <FormattedMessage id="person.history.start" values={{ to: statusName(change.to) }} />
            )}
            {change.by === null ? (
              <span className="muted">
                {' '}
                {byNoUser}
              </span>
            ) : null}
            {change.reason ? <span className="history-reason"> — {change.reason}</span> : null}
          </li>
        ))}
      </ol>
    </details>
  );
}
