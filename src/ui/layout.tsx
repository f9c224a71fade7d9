import type { ReactNode } from 'react';
import { hrefFor } from './router';
import './nav.css';

/**
 * Page chrome: skip link, header with the product name, main landmark, footer. `headerActions` are
 * app-level controls (presenter view, shortcuts help) that the app layer wires up.
 */
export function Layout({
  children,
  headerActions,
  headerContext,
}: {
  children: ReactNode;
  headerActions?: ReactNode;
  /** What the app is working on, e.g. the open client's name. */
  headerContext?: ReactNode;
}) {
  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        Skip to main content
      </a>
      <header className="site-header">
        <div className="container header-inner">
          <a className="brand" href={hrefFor({ name: 'landing' })}>
            <svg aria-hidden="true" width="28" height="28" viewBox="0 0 32 32">
              <rect width="32" height="32" rx="7" fill="currentColor" />
              <path d="M9 23V9h3v5.5h8V9h3v14h-3v-5.5h-8V23z" fill="#fff" />
            </svg>
            Hire Ready
          </a>
          <nav className="site-nav" aria-label="Main">
            <a href={hrefFor({ name: 'clients' })}>Assessments</a>
          </nav>
          {headerContext}
          {headerActions ? <div className="header-actions">{headerActions}</div> : null}
        </div>
      </header>
      <main id="main" className="container" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>Your answers stay in this browser. Nothing is sent to a server.</p>
        </div>
      </footer>
    </>
  );
}

// The fragment is the router, so a plain `#main` link would change route; move focus instead.
function skipToMain(event: React.MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}
