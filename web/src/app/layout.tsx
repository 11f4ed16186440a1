import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { href } from '../lib/router';

interface LayoutProps {
  /** Tenant switcher, user menu: shown in the header after the brand. */
  tools?: ReactNode;
  nav?: ReactNode;
  children: ReactNode;
}

export function Layout({ tools, nav, children }: LayoutProps) {
  const intl = useIntl();
  return (
    <div className="app">
      {/* The hash belongs to the router, so the skip link moves focus itself. */}
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        <FormattedMessage id="layout.skipToContent" />
      </a>
      <header className="app-header">
        <div className="header-inner">
          <a className="brand" href={href('/')} aria-label={intl.formatMessage({ id: 'layout.home' })}>
            <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
              <circle cx="11" cy="16" r="8" fill="currentColor" />
              <circle cx="21" cy="16" r="8" fill="#e9b04c" fillOpacity="0.9" />
            </svg>
            <span className="brand-name">Tandem</span>
          </a>
          <div className="header-tools">{tools}</div>
        </div>
        {nav}
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        {children}
      </main>
      <footer className="app-footer">
        <p>
          <FormattedMessage id="layout.footer" />
        </p>
      </footer>
    </div>
  );
}
