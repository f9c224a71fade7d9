/*
 * Share links and export files: the app's only ways for answers to arrive from outside besides the
 * saved draft. Imports only zod and the domain. Format: docs/decisions/003-share-link-format.md.
 */
export type { RestoreResult, ShareError, ShareErrorKind, SharePayload } from './types';
export {
  buildShareUrl,
  CURRENT_SHARE_VERSION,
  encodeShareCode,
  restoreShareCode,
  SHARE_ROUTE_PREFIX,
} from './share-code';
export {
  ASSESSMENT_FILE_FORMAT,
  ASSESSMENT_FILE_VERSION,
  assessmentFileName,
  exportAssessmentFile,
  restoreAssessmentFile,
  type AssessmentFilePayload,
} from './assessment-file';
export { sanitizeText } from './text';
export { MAX_SHARED_NOTES_LENGTH } from './text';
export {
  exportWorkspaceFile,
  restoreWorkspaceFile,
  WORKSPACE_FILE_FORMAT,
  WORKSPACE_FILE_VERSION,
  workspaceFileName,
  type WorkspaceFileAssessment,
  type WorkspaceImport,
} from './workspace-file';
export {
  ASSESSMENT_LIMIT_MESSAGE,
  isValidTime,
  MAX_ASSESSMENTS,
  MAX_NOTES_LENGTH,
} from './limits';
