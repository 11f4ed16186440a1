import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import type { CombinedError } from 'urql';
import { ApiErrorNotice } from './api-error-notice';
import { LanguageChoice } from './language-choice';
import { PageHeading } from './page-heading';

// The public pages a newcomer or buddy opens from a personal link (no account): the intake and the
// answer to a proposed match. They look alike on purpose.

/** The page's frame: the language buttons first, then what the page says. */
export function PublicPage({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <div className={className ? `narrow intake-invitation ${className}` : 'narrow intake-invitation'}>
      <LanguageChoice />
      {children}
    </div>
  );
}

export function PublicPageLoading() {
  return (
    <p className="loading" role="status">
      <FormattedMessage id="common.loading" />
    </p>
  );
}

/** The page could not be loaded: its title and the error, with a retry. */
export function PublicPageError({ title, error, onRetry }: { title: string; error: CombinedError; onRetry: () => void }) {
  return (
    <>
      <PageHeading title={title} />
      <ApiErrorNotice error={error} onRetry={onRetry} />
    </>
  );
}

interface PublicMessageProps {
  /** Who the page is from (the organisation), above the heading. */
  eyebrow?: string;
  title: string;
  /** Something was received: the card is announced as a status. */
  confirmation?: boolean;
  children: ReactNode;
}

/** A short message in place of the page's form (thanks, already answered, link gone): a heading and a card. */
export function PublicMessage({ eyebrow, title, confirmation = false, children }: PublicMessageProps) {
  return (
    <>
      {eyebrow === undefined ? null : <p className="eyebrow">{eyebrow}</p>}
      <PageHeading title={title} />
      <div className={confirmation ? 'card confirmation intake-message' : 'card intake-message'} role={confirmation ? 'status' : undefined}>
        {children}
      </div>
    </>
  );
}

/** The personal link does not work any more: why, and what to do (in bold). */
export function LinkGoneMessage({ title, text, ask }: { title: string; text: ReactNode; ask: ReactNode }) {
  return (
    <PublicMessage title={title}>
      <p>{text}</p>
      <p>
        <strong>{ask}</strong>
      </p>
    </PublicMessage>
  );
}
