import { describe, expect, it } from 'vitest';
import { SAMPLE_ANSWERS } from '../domain';
import { MAX_SCENARIO_NAME, MAX_SCENARIOS } from './limits';
import {
  exportWorkspaceFile,
  restoreWorkspaceFile,
  type WorkspaceFileAssessment,
} from './workspace-file';

/* Issue 10: named what-if scenarios travel with "Export all" and come back on import. */

const WITH_SCENARIOS: WorkspaceFileAssessment = {
  id: 'a-1',
  answers: SAMPLE_ANSWERS,
  step: 'results',
  assumptions: {},
  whatIf: { acv: 30_000 },
  scenarios: [
    { name: 'Raise prices', whatIf: { acv: 30_000 } },
    { name: 'More inbound', whatIf: { qualifiedOppsPerMonth: 20, leadsUnworked: true } },
  ],
  notes: '',
  createdAt: 1,
  updatedAt: 2,
};

/** The exported file with the first assessment's scenarios replaced. */
function withScenarios(scenarios: unknown): string {
  const file = JSON.parse(exportWorkspaceFile([WITH_SCENARIOS]));
  file.assessments[0].scenarios = scenarios;
  return JSON.stringify(file);
}

function problems(text: string): string[] {
  const result = restoreWorkspaceFile(text);
  if (result.ok) return [];
  return [result.error.message, ...(result.error.details ?? [])];
}

describe('workspace file: what-if scenarios', () => {
  it('exports the scenarios and imports them back unchanged', () => {
    const text = exportWorkspaceFile([WITH_SCENARIOS]);
    expect(JSON.parse(text).assessments[0].scenarios).toEqual(WITH_SCENARIOS.scenarios);
    expect(restoreWorkspaceFile(text)).toEqual({
      ok: true,
      value: { kind: 'workspace', assessments: [WITH_SCENARIOS] },
      version: 1,
    });
  });

  it('writes no scenarios entry when there are none, and old files without one still import', () => {
    const { scenarios: _, ...plain } = WITH_SCENARIOS;
    const text = exportWorkspaceFile([plain]);
    expect(JSON.parse(text).assessments[0]).not.toHaveProperty('scenarios');
    const result = restoreWorkspaceFile(text);
    expect(result.ok && result.value.kind === 'workspace' && result.value.assessments).toEqual([
      plain,
    ]);
  });

  it.each([
    ['not a list', { name: 'x' }, /what-if scenarios are not a list/],
    ['no name', [{ whatIf: { acv: 1 } }], /what-if scenario 1 has no name/],
    ['an empty name', [{ name: '  ', whatIf: {} }], /needs a name of 1 to 60 characters/],
    [
      'a name too long',
      [{ name: 'x'.repeat(MAX_SCENARIO_NAME + 1), whatIf: {} }],
      /needs a name of 1 to 60/,
    ],
    [
      'a name twice',
      [
        { name: 'A', whatIf: {} },
        { name: 'A', whatIf: {} },
      ],
      /“A” appears twice/,
    ],
    ['an answer out of range', [{ name: 'Big', whatIf: { closeRatePct: 400 } }], /“Big”/],
    [
      'a key a what-if cannot change',
      [{ name: 'Rename', whatIf: { companyName: 'X' } }],
      /“companyName”/,
    ],
    [
      'too many',
      Array.from({ length: MAX_SCENARIOS + 1 }, (_, i) => ({ name: `S${i}`, whatIf: {} })),
      /more than 12/,
    ],
  ])('refuses the whole file, saying why, for %s', (_, scenarios, detail) => {
    const said = problems(withScenarios(scenarios));
    expect(said[0]).toMatch(/none were imported/);
    expect(said.join(' ')).toMatch(detail);
  });
});
