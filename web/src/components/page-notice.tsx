import { FormattedMessage } from 'react-intl';
import { ErrorNotice, StatusRegion } from './notice';

/** What a screen's sections report: done (announced politely), or a problem (an alert). */
export type PageNoticeValue = { tone: 'success'; text: string } | { tone: 'error'; text: string; stale?: boolean };

/**
 * A screen's one place for what its sections report. A stale error (someone else changed the
 * thing meanwhile) offers to reload rather than to try again.
 */
export function PageNotice({ notice, onReload }: { notice: PageNoticeValue | null; onReload: () => void }) {
  return (
    <>
      <StatusRegion>{notice?.tone === 'success' ? <p>{notice.text}</p> : null}</StatusRegion>
      {notice?.tone === 'error' ? (
        <ErrorNotice>
          <p>{notice.text}</p>
          {notice.stale ? (
            <button type="button" className="button button-secondary" onClick={onReload}>
              <FormattedMessage id="common.reload" />
            </button>
          ) : null}
        </ErrorNotice>
      ) : null}
    </>
  );
}
