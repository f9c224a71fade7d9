import type { AnswerKey, Answers, AssumptionKey, Assumptions, WhatIfKey } from '../domain';
import type { DraftStep, SavedAssessment, Workspace } from './workspace-model';

/*
 * The workspace store's API, by slice: the open assessment (what the wizard and results page work
 * on), the list (the consultant's saved assessments) and import. Kept apart from the
 * implementations so each slice file can name the others' types without importing their code.
 */

/** What a new assessment may start with (a share link, an imported file, a copy). */
export interface AssessmentSeed {
  answers: Partial<Answers>;
  assumptions: Partial<Assumptions>;
  notes?: string;
  /** Answers filled with typical values rather than given (a quick check). */
  assumed?: AnswerKey[];
}

/** What an import did: how many assessments were new, replaced by a newer copy, or already here. */
export interface ImportReport {
  added: number;
  updated: number;
  skipped: number;
  /** Names of assessments replaced by the file's newer copy. */
  updatedNames: string[];
  /**
   * Set when nothing was imported because the workspace would then hold more than MAX_ASSESSMENTS:
   * how many it would have held.
   */
  overLimit?: number;
}

export interface OpenAssessmentActions {
  /**
   * Merges a step's validated answers in. Values that fail their schema field are ignored. Keys
   * saved stop being assumed.
   */
  saveStep: (values: Partial<Answers>) => void;
  setStep: (step: DraftStep) => void;
  /**
   * Sets one assumption. Only values that differ from the default are kept. Returns false (and
   * changes nothing) when the value is out of range.
   */
  setAssumption: (key: AssumptionKey, value: number) => boolean;
  resetAssumptions: () => void;
  /**
   * Replaces the open assessment's answers and assumptions (or starts one when none is open),
   * e.g. "Make this my assessment" from a share link.
   */
  replaceOpenAssessment: (content: {
    answers: Answers;
    assumptions: Partial<Assumptions>;
    notes?: string;
    assumed?: AnswerKey[];
  }) => void;
  /** Deletes the open assessment ("Start over"). */
  deleteOpenAssessment: () => void;
  /** Sets a what-if value of an answer; false when not valid. The answers stay as they are. */
  setWhatIf: <K extends WhatIfKey>(key: K, value: Answers[K]) => boolean;
  revertWhatIf: (key: WhatIfKey) => void;
  revertAllWhatIf: () => void;
  /** "Keep these answers": the what-if values become the answers. */
  keepWhatIf: () => void;
  /**
   * Sets the notes of the assessment `id` (the box they were typed in), or of the open one (starting
   * one when none is open). Nothing happens when `id` no longer exists.
   */
  setNotes: (notes: string, id?: string) => void;
  /** Keeps the current what-if under a name (replacing one of the same name); false when invalid. */
  saveScenario: (name: string) => boolean;
  /** Makes a kept scenario the current what-if. */
  applyScenario: (name: string) => void;
  deleteScenario: (name: string) => void;
}

export interface ListActions {
  /**
   * Starts an assessment, makes it active (unless `open: false`) and returns its id; null (and
   * nothing changes) when the browser already keeps MAX_ASSESSMENTS.
   */
  createAssessment: (seed?: AssessmentSeed, options?: { open?: boolean }) => string | null;
  /** Makes an assessment active; false when there is no such assessment. */
  openAssessment: (id: string) => boolean;
  /** Renames (the name is the companyName answer); false when the name is not valid. */
  renameAssessment: (id: string, name: string) => boolean;
  /** Copies an assessment as "Copy of …" and returns the copy's id (not made active); null at the limit. */
  duplicateAssessment: (id: string) => string | null;
  /** Deletes an assessment and returns it, for Undo. */
  deleteAssessment: (id: string) => SavedAssessment | null;
  /** Puts a deleted assessment back (Undo). */
  restoreAssessment: (assessment: SavedAssessment) => void;
}

export interface ImportActions {
  /** Merges assessments from an export file: new ids added, newer copies replace older ones. */
  importAssessments: (incoming: readonly SavedAssessment[]) => ImportReport;
}

export interface WorkspaceState
  extends Workspace, OpenAssessmentActions, ListActions, ImportActions {}
