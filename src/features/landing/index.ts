export { LandingPage } from './landing-page';
export { loadResumeDraft } from './load-resume-draft';
