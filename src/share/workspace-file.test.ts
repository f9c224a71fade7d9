import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SAMPLE_ANSWERS } from '../domain';
import { exportAssessmentFile } from './assessment-file';
import { MAX_ASSESSMENTS, MAX_NOTES_LENGTH } from './limits';
import {
  exportWorkspaceFile,
  restoreWorkspaceFile,
  type WorkspaceFileAssessment,
} from './workspace-file';

const ONE: WorkspaceFileAssessment = {
  id: 'a-1',
  answers: SAMPLE_ANSWERS,
  step: 'results',
  assumptions: { aeOteUsd: 160_000 },
  whatIf: { qualifiedOppsPerMonth: 30 },
  notes: 'Line one\nline two',
  createdAt: 1,
  updatedAt: 2,
};
const IN_PROGRESS: WorkspaceFileAssessment = {
  id: 'a-2',
  answers: { companyName: 'Half done', customers: 3 },
  step: 'lead-flow',
  assumptions: {},
  whatIf: {},
  notes: '',
  createdAt: 3,
  updatedAt: 4,
};

function kind(text: string): string {
  const result = restoreWorkspaceFile(text);
  return result.ok ? 'ok' : result.error.kind;
}

describe('restoreWorkspaceFile', () => {
  it('round-trips a workspace export', () => {
    const text = exportWorkspaceFile([ONE, IN_PROGRESS]);
    expect(restoreWorkspaceFile(text)).toEqual({
      ok: true,
      value: { kind: 'workspace', assessments: [ONE, IN_PROGRESS] },
      version: 1,
    });
  });

  it('accepts a single-assessment file', () => {
    const text = exportAssessmentFile({ answers: SAMPLE_ANSWERS, assumptions: {} });
    expect(restoreWorkspaceFile(text)).toMatchObject({
      ok: true,
      value: { kind: 'assessment', assessment: { answers: SAMPLE_ANSWERS } },
    });
  });

  it('names each kind of bad file', () => {
    expect(kind('')).toBe('empty');
    expect(kind('not json')).toBe('malformed');
    expect(kind('{"format":"hire-ready.workspace","version":1,"assess')).toBe('truncated');
    expect(kind('{"format":"something-else"}')).toBe('malformed');
    expect(kind('{"format":"hire-ready.workspace","version":2,"assessments":[]}')).toBe(
      'unknown-version',
    );
    const bad = JSON.parse(exportWorkspaceFile([ONE, IN_PROGRESS])) as {
      assessments: Record<string, unknown>[];
    };
    bad.assessments[1] = { ...bad.assessments[1], answers: { customers: -4 } };
    const result = restoreWorkspaceFile(JSON.stringify(bad));
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    expect(result.ok ? [] : result.error.details).toEqual([
      expect.stringMatching(/^Assessment 2:/),
    ]);
    const twice = exportWorkspaceFile([ONE, ONE]);
    expect(kind(twice)).toBe('invalid');
  });

  it('never throws, whatever the input (2,000 strings and JSON values)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.json().map((json) => json),
          fc
            .jsonValue()
            .map((value) =>
              JSON.stringify({ format: 'hire-ready.workspace', version: 1, assessments: [value] }),
            ),
        ),
        (text) => {
          const result = restoreWorkspaceFile(text);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('refuses a date no Date can hold, with the right reason (issue 12)', () => {
    for (const updatedAt of [1e16, -1, 8.64e15 + 1]) {
      const result = restoreWorkspaceFile(exportWorkspaceFile([{ ...ONE, updatedAt }]));
      expect(result.ok ? [] : result.error.details).toEqual([
        'Assessment 1: its dates are not real dates',
      ]);
    }
    expect(kind(exportWorkspaceFile([{ ...ONE, updatedAt: 8.64e15 }]))).toBe('ok');
  });

  it('refuses more assessments than one browser keeps, saying so (issue 12)', () => {
    const many = Array.from({ length: MAX_ASSESSMENTS + 1 }, (_, i) => ({
      ...IN_PROGRESS,
      id: `id-${i}`,
    }));
    const result = restoreWorkspaceFile(exportWorkspaceFile(many));
    expect(result.ok ? '' : result.error.message).toBe(
      'This file holds 2,001 assessments, more than the 2,000 one browser keeps.',
    );
    expect(kind(exportWorkspaceFile(many.slice(1)))).toBe('ok');
  });

  it('notes: the limit is accepted, one more says why (issue 12)', () => {
    const full = 'n'.repeat(MAX_NOTES_LENGTH);
    expect(kind(exportWorkspaceFile([{ ...ONE, notes: full }]))).toBe('ok');
    const result = restoreWorkspaceFile(exportWorkspaceFile([{ ...ONE, notes: `${full}n` }]));
    expect(result.ok ? [] : result.error.details).toEqual([
      'Assessment 1: its notes are longer than 20,000 characters',
    ]);
  });
});
