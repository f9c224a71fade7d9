import { loadOnce } from '../../ui/load-once';

/**
 * The panel to resume saved work, which only a returning visitor sees: a first visit does not
 * download it. The app starts this before showing the landing page to someone with saved work
 * (app/screens.ts), so the panel is there with the page instead of pushing its buttons down after.
 */
export const loadResumeDraft = loadOnce(() => import('./resume-draft'));
