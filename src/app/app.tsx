import { lazy, Suspense, use, useSyncExternalStore } from 'react';
import { useRoutePath } from '../ui/router';
import { ErrorBoundary } from '../ui/error-boundary';
import { Layout } from '../ui/layout';
import { LandingPage, loadResumeDraft } from '../features/landing';
import { hasSavedWorkspace } from '../store/workspace-key';
import { matchRoute, type Route } from '../ui/routes';
import {
  loadCurrentClient,
  loadNotFound,
  loadQuick,
  loadResults,
  loadSharedResult,
  loadStorageNotice,
  loadWizard,
  loadWorkspace,
} from './screens';
import {
  isStorageStatusLoaded,
  subscribeStorageStatusLoaded,
} from '../store/storage-status-loaded';
import { keepEarlyKey } from './early-keys';

// The header controls (presenter view, keyboard shortcuts and their help) work only with script,
// so they arrive just after the first screen instead of delaying it; until then the same buttons
// stand in (see HeaderControlsStandIn).
const AppControls = lazy(() => import('./app-controls').then((m) => ({ default: m.AppControls })));
// The open client's name in the header is shown on the screens that already load the store (never
// on the landing page or a shared result, whose first load must stay small). Those screens' loaders
// bring its code too (screens.ts), so it is there when they are.
const SHOWS_CLIENT: ReadonlySet<Route['name']> = new Set([
  'wizard',
  'results',
  'clients',
  'compare',
]);

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'landing':
      // With saved work, the page waits for its resume panel rather than moving when it comes.
      if (hasSavedWorkspace()) use(loadResumeDraft());
      return <LandingPage />;
    case 'wizard': {
      const { WizardPage } = use(loadWizard());
      return <WizardPage step={route.step} query={route.query} />;
    }
    case 'results': {
      const { ResultsPage } = use(loadResults());
      return <ResultsPage />;
    }
    case 'quick': {
      const { QuickCheckPage } = use(loadQuick());
      return <QuickCheckPage />;
    }
    case 'shared': {
      const { SharedResultPage } = use(loadSharedResult());
      return <SharedResultPage code={route.code} />;
    }
    case 'roles': {
      const { RolesPage } = use(loadResults());
      return <RolesPage />;
    }
    case 'clients': {
      const { WorkspacePage } = use(loadWorkspace());
      return <WorkspacePage />;
    }
    case 'compare': {
      const { ComparePage } = use(loadWorkspace());
      return <ComparePage query={route.query} />;
    }
    case 'not-found': {
      const { NotFound } = use(loadNotFound());
      return <NotFound />;
    }
  }
}

function LoadedCurrentClient() {
  const { CurrentClient } = use(loadCurrentClient());
  return <CurrentClient />;
}

function LoadedStorageNotice() {
  const { StorageNotice } = use(loadStorageNotice());
  return <StorageNotice />;
}

/**
 * The storage notice reports what the workspace store found (unreadable data, a failed save,
 * another tab's change), so its code loads with the store and never on a first visit's landing
 * page. main.tsx waits for it when the first screen loads the store, so it shows in the same frame.
 */
function StorageNoticeOnceLoaded() {
  const loaded = useSyncExternalStore(
    subscribeStorageStatusLoaded,
    isStorageStatusLoaded,
    () => false,
  );
  return loaded ? (
    <ErrorBoundary label="The notice about saved data">
      <Suspense fallback={null}>
        <LoadedStorageNotice />
      </Suspense>
    </ErrorBoundary>
  ) : null;
}

// Holds the viewport while a screen's chunk loads, so the footer does not jump into view and back
// (Lighthouse counted that as layout shift on phones).
export function RouteLoading() {
  return (
    <p role="status" className="route-loading">
      Loading…
    </p>
  );
}

/**
 * The header buttons as they look before their code has arrived (a few hundred milliseconds on a
 * slow phone): same markup and size, so nothing moves when the working ones replace them. A click
 * in that moment is kept and done when they arrive, like the key it stands for.
 */
export function HeaderControlsStandIn() {
  // The static shell's script marks presenter view on <html> before the first paint.
  const presenter =
    typeof document !== 'undefined' && document.documentElement.dataset.presenter === 'on';
  return (
    <>
      <button
        type="button"
        className="button button-secondary button-small"
        aria-pressed={presenter}
        onClick={() => keepEarlyKey('p')}
      >
        Presenter view
      </button>
      <button
        type="button"
        className="button button-secondary button-small"
        aria-keyshortcuts="?"
        onClick={() => keepEarlyKey('?')}
      >
        Shortcuts
      </button>
    </>
  );
}

/** One screen in the page chrome; the app and the build-time static shell both render this. */
export function AppFrame({ route, controls }: { route: Route; controls: React.ReactNode }) {
  return (
    <Layout
      headerActions={controls}
      headerContext={
        SHOWS_CLIENT.has(route.name) ? (
          <ErrorBoundary label="The open client's name" quiet>
            <Suspense fallback={null}>
              <LoadedCurrentClient />
            </Suspense>
          </ErrorBoundary>
        ) : null
      }
    >
      <StorageNoticeOnceLoaded />
      {/* Keyed on the route: a page that failed is tried again when the user goes elsewhere. */}
      <ErrorBoundary label="This page" headingLevel={1} resetKeys={[JSON.stringify(route)]}>
        <Suspense fallback={<RouteLoading />}>
          <Screen route={route} />
        </Suspense>
      </ErrorBoundary>
    </Layout>
  );
}

export function App() {
  const path = useRoutePath();
  return (
    <AppFrame
      route={matchRoute(path)}
      controls={
        // Without their code (a failed download) the header has no controls; the page stays.
        <ErrorBoundary label="The header controls" quiet>
          <Suspense fallback={<HeaderControlsStandIn />}>
            <AppControls />
          </Suspense>
        </ErrorBoundary>
      }
    />
  );
}
