import { describe, expect, it } from 'vitest';
import { SAMPLE_ANSWERS } from '../domain';
import { exportWorkspaceFile, restoreWorkspaceFile } from './index';

// Issue 14: a quick check's assumed answers travel with an exported workspace.
const QUICK = {
  id: 'quick-1',
  answers: SAMPLE_ANSWERS,
  step: 'results' as const,
  assumptions: {},
  whatIf: {},
  notes: '',
  createdAt: 1_767_225_600_000,
  updatedAt: 1_767_225_600_000,
  assumed: ['crm' as const, 'runwayMonths' as const],
};

describe('workspace file with a quick check', () => {
  it('exports and imports the assumed answers; a full assessment carries none', () => {
    const text = exportWorkspaceFile([QUICK, { ...QUICK, id: 'full-1', assumed: undefined }]);
    expect(text.match(/"assumed"/g)).toHaveLength(1);
    const restored = restoreWorkspaceFile(text);
    expect(
      restored.ok && restored.value.kind === 'workspace' && restored.value.assessments,
    ).toEqual(
      [QUICK, { ...QUICK, id: 'full-1', assumed: undefined }].map(({ assumed, ...rest }) =>
        assumed ? { ...rest, assumed } : rest,
      ),
    );
  });

  it('refuses an assumed list that is not a list', () => {
    const text = exportWorkspaceFile([QUICK]).replace(/"assumed": \[[^\]]*\]/, '"assumed": "crm"');
    expect(restoreWorkspaceFile(text).ok).toBe(false);
  });
});
