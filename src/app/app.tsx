import { lazy, Suspense, useEffect } from 'react';
import { useRoutePath } from '../ui/router';
import { Layout } from '../ui/layout';
import { LandingPage } from '../features/landing';
import { AppControls } from './app-controls';
import { matchRoute, type Route } from './routes';

// The wizard and results screens are split off so the landing page only ships what it needs;
// results also carry recharts, which the wizard should never pay for.
const WizardPage = lazy(() =>
  import('../features/wizard').then((m) => ({ default: m.WizardPage })),
);
const ResultsPage = lazy(() =>
  import('../features/results').then((m) => ({ default: m.ResultsPage })),
);
const SharedResultPage = lazy(() =>
  import('../features/results').then((m) => ({ default: m.SharedResultPage })),
);
const RolesPage = lazy(() => import('../features/results').then((m) => ({ default: m.RolesPage })));
const QuickCheckPage = lazy(() =>
  import('../features/quick').then((m) => ({ default: m.QuickCheckPage })),
);
// The consultant workspace (saved assessments, compare) is its own chunk.
const WorkspacePage = lazy(() =>
  import('../features/workspace').then((m) => ({ default: m.WorkspacePage })),
);
const ComparePage = lazy(() =>
  import('../features/workspace').then((m) => ({ default: m.ComparePage })),
);

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'landing':
      return <LandingPage />;
    case 'wizard':
      return <WizardPage step={route.step} query={route.query} />;
    case 'results':
      return <ResultsPage />;
    case 'quick':
      return <QuickCheckPage />;
    case 'shared':
      return <SharedResultPage code={route.code} />;
    case 'roles':
      return <RolesPage />;
    case 'clients':
      return <WorkspacePage />;
    case 'compare':
      return <ComparePage query={route.query} />;
    case 'not-found':
      return <NotFound />;
  }
}

// Holds the viewport while a screen's chunk loads, so the footer does not jump into view and back
// (Lighthouse counted that as layout shift on phones).
function RouteLoading() {
  return (
    <p role="status" className="route-loading">
      Loading…
    </p>
  );
}

function NotFound() {
  useEffect(() => {
    document.title = 'Page not found – Hire Ready';
  }, []);
  return (
    <section className="stack">
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. <a href="#/">Go to the start page</a>.
      </p>
    </section>
  );
}

export function App() {
  const path = useRoutePath();
  const route = matchRoute(path);
  return (
    <Layout headerActions={<AppControls />}>
      <Suspense fallback={<RouteLoading />}>
        <Screen route={route} />
      </Suspense>
    </Layout>
  );
}
