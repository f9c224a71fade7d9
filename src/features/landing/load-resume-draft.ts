import { loadOnce } from '../../ui/load-once';
import type { StoreOrFailed } from './resume-draft';

/**
 * The panel to resume saved work and the store it reads, which only a returning visitor needs: a
 * first visit downloads neither. The app starts this before showing the landing page to someone
 * with saved work (app/screens.ts), so the panel is there with the page instead of pushing its
 * buttons down after. Never rejects: without the store the panel gives way to the usual buttons,
 * and without its own code (null) it is left out.
 */
export const loadResumeDraft = loadOnce(() =>
  Promise.all([
    import('./resume-draft'),
    import('../../store').catch((): StoreOrFailed => 'failed'),
  ]).then(
    ([module, store]) => ({ ResumeDraft: module.ResumeDraft, store }),
    () => null,
  ),
);
