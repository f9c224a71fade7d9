import type { StepId } from '../domain';

/**
 * The app's screens: how a fragment path maps onto one (matchRoute) and the one way to write a
 * screen's address (pathTo, and hrefFor / navigate in router.ts, which take the same targets).
 * Features link through these typed targets, never through hand-written `#/...` strings, so a
 * renamed screen or parameter fails the typecheck instead of leaving a dead link.
 */

/** A wizard screen: one of the five steps, or Check your answers. */
export type WizardView = StepId | 'check';

/** A screen as the router reads it from the address. */
export type Route =
  | { name: 'landing' }
  /** `query`: what follows `?` (`from=check&field=acv` after a Change link), or ''. */
  | { name: 'wizard'; step: string; query: string }
  | { name: 'results' }
  /** The quick check: a first answer from a few questions (issue 14). */
  | { name: 'quick' }
  | { name: 'roles' }
  /** The consultant's list of saved assessments. */
  | { name: 'clients' }
  /** Two assessments (or one and its what-if) side by side; `query` is `a=<id>&b=<id|whatif>`. */
  | { name: 'compare'; query: string }
  | { name: 'shared'; code: string }
  | { name: 'not-found'; path: string };

/** A screen to link to or move to, with its parameters typed. */
export type RouteTarget =
  | { name: 'landing' | 'results' | 'quick' | 'roles' | 'clients' }
  | {
      name: 'wizard';
      step: WizardView;
      /**
       * Where Continue and Back return to: Check your answers (a Change link there) or the result
       * (a quick result's "could change this" link).
       */
      from?: 'check' | 'results';
      /** The question that gets focus on arrival (an answer key). */
      field?: string;
    }
  /** `b` is another assessment's id, or `whatif` for the first one's what-if. */
  | { name: 'compare'; a: string; b: string };

/** The fragment path of a screen, without the leading `#`. */
export function pathTo(target: RouteTarget): string {
  switch (target.name) {
    case 'landing':
      return '/';
    case 'results':
    case 'quick':
    case 'roles':
    case 'clients':
      return `/${target.name}`;
    case 'wizard': {
      const params = new URLSearchParams();
      if (target.from) params.set('from', target.from);
      if (target.field) params.set('field', target.field);
      const query = params.toString();
      return `/assess/${target.step}${query ? `?${query}` : ''}`;
    }
    case 'compare':
      return `/compare?${new URLSearchParams({ a: target.a, b: target.b }).toString()}`;
  }
}

/** The result when the answers are all there, otherwise a wizard screen. */
export function resultOrStep(view: 'results' | WizardView): RouteTarget {
  return view === 'results' ? { name: 'results' } : { name: 'wizard', step: view };
}

export function matchRoute(path: string): Route {
  if (path === '/' || path === '') return { name: 'landing' };
  // Share links are `#s/<code>`; the code is everything after the prefix, untouched.
  if (path.startsWith('s/')) return { name: 'shared', code: path.slice(2) };
  const assess = /^\/assess\/([a-z-]+)(?:\?(.*))?$/.exec(path);
  if (assess?.[1]) return { name: 'wizard', step: assess[1], query: assess[2] ?? '' };
  if (path === '/results') return { name: 'results' };
  if (path === '/quick') return { name: 'quick' };
  if (path === '/roles') return { name: 'roles' };
  if (path === '/clients') return { name: 'clients' };
  const compare = /^\/compare(?:\?(.*))?$/.exec(path);
  if (compare) return { name: 'compare', query: compare[1] ?? '' };
  return { name: 'not-found', path };
}
