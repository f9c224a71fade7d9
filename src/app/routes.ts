/**
 * The app's screens and how a fragment path maps onto them. Kept apart from the components so the
 * mapping can be unit-tested and so every feature links to screens through these builders rather
 * than hand-written strings.
 */
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
