import { useId, useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { StatusRegion } from './notice';

interface CopyLinkProps {
  /** Names the address field (visually hidden when the section's heading already says it). */
  label: ReactNode;
  labelHidden?: boolean;
  url: string;
  /** Focus the address as it appears (it was just made): ready to copy, and read out with its label. */
  autoFocus?: boolean;
  /** More actions after the copy button, e.g. a link that opens the page. */
  children?: ReactNode;
}

/** A link to share: its address, selectable, and a button that copies it. */
export function CopyLink({ label, labelHidden = false, url, autoFocus = false, children }: CopyLinkProps) {
  const intl = useIntl();
  const id = useId();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      // No clipboard access (an insecure origin, a refused permission): the link can still be selected.
      setCopied('failed');
    }
  }

  return (
    <div className="copy-link">
      <label htmlFor={id} className={labelHidden ? 'visually-hidden' : 'field-label'}>
        {label}
      </label>
      <div className="copy-row">
        <input id={id} type="url" readOnly value={url} autoFocus={autoFocus} onFocus={(e) => e.target.select()} />
        <button type="button" className="button button-secondary" onClick={() => void copy()}>
          <FormattedMessage id="copyLink.copy" />
        </button>
        {children}
      </div>
      <StatusRegion>{copied === 'yes' ? <p>{intl.formatMessage({ id: 'copyLink.copied' })}</p> : null}</StatusRegion>
      {copied === 'failed' ? (
        <p className="field-error">
          <FormattedMessage id="copyLink.copyFailed" />
        </p>
      ) : null}
    </div>
  );
}
