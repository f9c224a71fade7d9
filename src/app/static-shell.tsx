import { renderToString } from 'react-dom/server';
import { LandingPage } from '../features/landing';
import { WizardPage } from '../features/wizard';
import { Layout } from '../ui/layout';
import { HeaderControlsStandIn, RouteLoading } from './app';
import type { ShellVariant } from './shell-choice';

/*
 * Build time only (the static-shell Vite plugin loads this in Node; the app never imports it):
 * renders the first screens a visitor with nothing saved sees, with the app's own components, as
 * HTML for index.html. The browser paints it before any script has run; the app's first render
 * replaces it with the same markup, so nothing moves and the largest text is painted once, early.
 */

const VARIANTS: Record<ShellVariant, { node: React.ReactNode; inert?: boolean }> = {
  landing: { node: <LandingPage /> },
  // Inert: typing into a form that the app is about to replace would be lost.
  'wizard-company': { node: <WizardPage step="company" query="" />, inert: true },
  other: { node: <RouteLoading /> },
};

/** The static shell: the page chrome once, with every variant in <main>, one shown by CSS. */
export function renderStaticShell(): string {
  return renderToString(
    <Layout headerActions={<HeaderControlsStandIn />}>
      {Object.entries(VARIANTS).map(([name, { node, inert }]) => (
        <div key={name} className="shell-variant" data-for={name} inert={inert}>
          {node}
        </div>
      ))}
    </Layout>,
  );
}
