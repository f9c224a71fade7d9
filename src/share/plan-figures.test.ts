import { describe, expect, it } from 'vitest';
import { ASSUMPTION_INFO, DEFAULT_ASSUMPTIONS, evaluate, SAMPLE_ANSWERS } from '../domain';
import { buildPlan, PLAN_FIGURE_KEYS, planInputFor } from '../domain/plan';
import { exportAssessmentFile, restoreAssessmentFile } from './assessment-file';
import { encodeShareCode, restoreShareCode } from './index';
import { V3_ASSUMPTION_KEYS } from './v3';

/*
 * The hiring plan's figures (issue 11) are assumptions like the others: a share link carries an
 * edit, an exported file keeps it, and a file with one out of range is refused with a message.
 */

const EDITS = {
  worstCaseLeaveMonth: 9,
  slowRampFactor: 2,
  managerSpanOfControl: 6,
  secondAeTriggerPct: 100,
  secondAeProofMonths: 3,
  aeProspectingLimitPct: 35,
} as const;

describe('the plan’s figures travel like every assumption', () => {
  it('are appended to the link’s key table, after every key links already use', () => {
    const at = V3_ASSUMPTION_KEYS.indexOf(PLAN_FIGURE_KEYS[0]!);
    expect(V3_ASSUMPTION_KEYS.indexOf('paybackLimitEnterpriseMonths')).toBe(at - 1);
    expect(V3_ASSUMPTION_KEYS.slice(at, at + PLAN_FIGURE_KEYS.length)).toEqual(PLAN_FIGURE_KEYS);
  });

  it('a share link carries each edit', () => {
    const code = encodeShareCode({ answers: SAMPLE_ANSWERS, assumptions: EDITS });
    expect(restoreShareCode(code)).toMatchObject({ ok: true, value: { assumptions: EDITS } });
  });

  it('an exported file keeps them; a file with one out of range is refused with its label', () => {
    const text = exportAssessmentFile({ answers: SAMPLE_ANSWERS, assumptions: EDITS });
    expect(restoreAssessmentFile(text)).toMatchObject({ ok: true, value: { assumptions: EDITS } });

    const tooLate = text.replace('"worstCaseLeaveMonth": 9', '"worstCaseLeaveMonth": 99');
    const result = restoreAssessmentFile(tooLate);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('invalid');
    expect(result.error.details?.join(' ')).toContain(ASSUMPTION_INFO.worstCaseLeaveMonth.label);
    expect(result.error.details?.join(' ')).toMatch(/between 1 and 24/);
  });

  it('an edit that travels moves the plan it is read by', () => {
    const answers = { ...SAMPLE_ANSWERS, monthlyBurn: 80_000 };
    const assessment = evaluate(answers, DEFAULT_ASSUMPTIONS);
    const plan = (a: typeof DEFAULT_ASSUMPTIONS) => {
      const input = planInputFor(assessment, answers, a);
      if (!input) throw new Error('the sample company has a hire to plan');
      return buildPlan(input);
    };
    const before = plan(DEFAULT_ASSUMPTIONS);
    const decoded = restoreShareCode(
      encodeShareCode({ answers, assumptions: { worstCaseLeaveMonth: 3 } }),
    );
    if (!decoded.ok) throw new Error('the link decodes');
    const after = plan({ ...DEFAULT_ASSUMPTIONS, ...decoded.value.assumptions });
    expect(before.risk.scenarios.leaves.projection.months).not.toEqual(
      after.risk.scenarios.leaves.projection.months,
    );
  });
});
