import { Children, type ReactNode } from 'react';

/**
 * A polite live region that is always in the page, so that a message put into it is announced
 * (a region that appears together with its text often is not).
 */
export function StatusRegion({ children, tone = 'success' }: { children?: ReactNode; tone?: 'success' | 'info' }) {
  return (
    <div role="status" className="status-region">
      {Children.toArray(children).length > 0 ? <div className={`notice notice-${tone}`}>{children}</div> : null}
    </div>
  );
}

/** An error that needs attention now (role=alert is announced as it appears). */
export function ErrorNotice({ children }: { children: ReactNode }) {
  return (
    <div role="alert" className="notice notice-error">
      {children}
    </div>
  );
}
