import { isTypingTarget } from '../ui/keyboard';
import { hasSavedWorkspace } from '../store/workspace-key';
import { matchRoute, type RouteTarget } from '../ui/routes';

export { isTypingTarget };

/*
 * Keyboard shortcuts for consultants driving the app on a call. The table is data so the help
 * dialog and the handler cannot disagree. Screens opt in by marking an element with
 * `data-shortcut="<name>"`: the shortcut focuses it when it is a field and clicks it otherwise, so
 * features need no knowledge of this module.
 */

export type ShortcutAction =
  | { kind: 'help' }
  | { kind: 'presenter' }
  /**
   * `ownAssessment`: the screen shows the assessment open in this browser (its result or its
   * questions), so the key works only where there is one and never on someone else's shared result.
   */
  | { kind: 'route'; to: RouteTarget; ownAssessment?: true }
  | { kind: 'element'; name: string };

export interface Shortcut {
  key: string;
  description: string;
  action: ShortcutAction;
  /** Where the shortcut does something, for the help dialog. */
  where?: string;
}

/** Where the keys that open this browser's own assessment work. */
const OWN_ASSESSMENT = 'With your own assessment saved in this browser';

export const SHORTCUTS: readonly Shortcut[] = [
  { key: '?', description: 'Show these keyboard shortcuts', action: { kind: 'help' } },
  { key: 'p', description: 'Turn presenter view on or off', action: { kind: 'presenter' } },
  {
    key: 'a',
    description: 'Go to your saved assessments',
    action: { kind: 'route', to: { name: 'clients' } },
  },
  {
    key: 'r',
    description: 'Go to the result',
    action: { kind: 'route', to: { name: 'results' }, ownAssessment: true },
    where: OWN_ASSESSMENT,
  },
  {
    key: 'k',
    description: 'Check your answers',
    action: { kind: 'route', to: { name: 'wizard', step: 'check' }, ownAssessment: true },
    where: OWN_ASSESSMENT,
  },
  {
    key: '1',
    description: 'Questions: company and team',
    action: { kind: 'route', to: { name: 'wizard', step: 'company' }, ownAssessment: true },
    where: OWN_ASSESSMENT,
  },
  {
    key: '2',
    description: 'Questions: lead flow',
    action: { kind: 'route', to: { name: 'wizard', step: 'lead-flow' }, ownAssessment: true },
    where: OWN_ASSESSMENT,
  },
  {
    key: '3',
    description: 'Questions: sales process',
    action: { kind: 'route', to: { name: 'wizard', step: 'process' }, ownAssessment: true },
    where: OWN_ASSESSMENT,
  },
  {
    key: '4',
    description: 'Questions: deals',
    action: { kind: 'route', to: { name: 'wizard', step: 'deals' }, ownAssessment: true },
    where: OWN_ASSESSMENT,
  },
  {
    key: '5',
    description: 'Questions: capacity and budget',
    action: { kind: 'route', to: { name: 'wizard', step: 'capacity' }, ownAssessment: true },
    where: OWN_ASSESSMENT,
  },
  {
    key: 'n',
    description: 'New assessment',
    action: { kind: 'element', name: 'new-assessment' },
    where: 'Assessments list',
  },
  {
    key: '/',
    description: 'Search assessments',
    action: { kind: 'element', name: 'search' },
    where: 'Assessments list',
  },
  {
    key: 'w',
    description: 'Jump to the what-if figures',
    action: { kind: 'element', name: 'what-if' },
    where: 'Result',
  },
  {
    key: 'e',
    description: 'Edit the answers',
    action: { kind: 'element', name: 'edit-answers' },
    where: 'Result',
  },
  {
    key: 'c',
    description: 'Copy the share link',
    action: { kind: 'element', name: 'copy-link' },
    where: 'Result',
  },
  {
    key: 'm',
    description: 'Compare',
    action: { kind: 'element', name: 'compare' },
    where: 'Result, Assessments list',
  },
  {
    key: 't',
    description: 'Write private notes',
    action: { kind: 'element', name: 'notes' },
    where: 'Result',
  },
  {
    key: 'x',
    description: 'Export',
    action: { kind: 'element', name: 'export' },
    where: 'Result, Assessments list',
  },
];

export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** The element that has focus when the key is pressed. */
  target: EventTarget | null;
}

/** The shortcut a key press asks for, or undefined when it should be left alone. */
export function matchShortcut(input: KeyInput): Shortcut | undefined {
  // Browser and screen-reader commands use modifiers; never steal them.
  if (input.ctrlKey || input.metaKey || input.altKey) return undefined;
  if (isTypingTarget(input.target)) return undefined;
  // A modal dialog owns the keyboard while it is open (Escape closes it natively).
  if (input.target instanceof Element && input.target.closest('dialog[open]')) return undefined;
  return SHORTCUTS.find((shortcut) => shortcut.key === input.key);
}

/** Where a shortcut does nothing useful just now, the page offers it neither in the list nor to keys. */
export interface PageState {
  /** An assessment is saved in this browser (so r, k and 1–5 have one to show). */
  hasAssessment: boolean;
  /** The page is a result someone sent: keys that open this browser's own assessment would leave it. */
  onSharedResult: boolean;
}

/** The state of the page now, read from the address and the browser's saved data. */
export function pageStateNow(): PageState {
  const path = window.location.hash.replace(/^#/, '') || '/';
  return { hasAssessment: hasSavedWorkspace(), onSharedResult: matchRoute(path).name === 'shared' };
}

/** Whether a route shortcut works in this state (element shortcuts are checked on the page). */
export function routeWorks(shortcut: Shortcut, state: PageState): boolean {
  const { action } = shortcut;
  if (action.kind !== 'route' || !action.ownAssessment) return true;
  return state.hasAssessment && !state.onSharedResult;
}

/** Activates the element marked for a shortcut: fields get focus, everything else is clicked. */
export function activateMarkedElement(root: ParentNode, name: string): boolean {
  const candidates = Array.from(root.querySelectorAll<HTMLElement>(`[data-shortcut="${name}"]`));
  // Presenter view and closed sections hide some marked elements; only act on one a user can see.
  const element = candidates.find((el) => el.getClientRects().length > 0) ?? candidates[0];
  if (!element) return false;
  if (element.matches('input, textarea, select')) {
    element.focus();
    if (element instanceof HTMLInputElement && element.type !== 'checkbox') element.select();
  } else {
    element.click();
  }
  return true;
}
