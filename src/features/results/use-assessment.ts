import { useMemo } from 'react';
import {
  DEFAULT_ASSUMPTIONS,
  evaluate,
  type Answers,
  type Assessment,
  type Assumptions,
} from '../../domain';
import { cappedConfidence } from '../../domain/quick';

export type AssessmentResult =
  | { ok: true; assessment: Assessment; assumptions: Assumptions }
  | { ok: false; assumptions: Assumptions; message: string };

/**
 * Recomputes the assessment from answers and the changed assumptions. Results are never stored;
 * this runs on every change, which is cheap (pure arithmetic over ~25 answers).
 */
export function useAssessment(
  answers: Answers,
  changed: Partial<Assumptions>,
  /** How many answers are typical values (a quick check): confidence is then never high. */
  assumedCount = 0,
): AssessmentResult {
  const assumptions = useMemo<Assumptions>(
    () => ({ ...DEFAULT_ASSUMPTIONS, ...changed }),
    [changed],
  );
  return useMemo(() => {
    try {
      const assessment = evaluate(answers, assumptions);
      const { recommendation } = assessment;
      const confidence = cappedConfidence(recommendation.confidence, assumedCount);
      return {
        ok: true,
        assessment:
          confidence === recommendation.confidence
            ? assessment
            : {
                ...assessment,
                recommendation: {
                  ...recommendation,
                  confidence,
                  confidenceReason: `${assumedCount} answers are typical values, not yours, so it cannot be high. ${recommendation.confidenceReason}`,
                },
              },
        assumptions,
      };
    } catch (error) {
      // The engine is pure and validated inputs should never make it throw; if a future rule does,
      // the page says so instead of going blank.
      console.error('Hire Ready: the engine could not score these answers', error);
      return {
        ok: false,
        assumptions,
        message: 'Something in these answers or assumptions could not be scored.',
      };
    }
  }, [answers, assumptions, assumedCount]);
}
