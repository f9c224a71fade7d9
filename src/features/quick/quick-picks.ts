import type { AnswerKey } from '../../domain';

/*
 * Common answers offered as one-tap buttons under the quick check's number questions, so a rough
 * answer needs no typing; typing an exact number stays possible. Values from the plausible ranges
 * (src/domain/quick/plausible.ts); labels say what the number is.
 */
export const QUICK_PICKS: Partial<Record<AnswerKey, readonly { value: number; label: string }[]>> =
  {
    aes: [
      { value: 0, label: 'None' },
      { value: 1, label: '1' },
      { value: 2, label: '2' },
      { value: 4, label: '4' },
    ],
    closeRatePct: [
      { value: 10, label: '10%' },
      { value: 20, label: '20%' },
      { value: 25, label: '25%' },
      { value: 35, label: '35%' },
    ],
    salesCycleDays: [
      { value: 14, label: '2 weeks' },
      { value: 30, label: '1 month' },
      { value: 60, label: '2 months' },
      { value: 90, label: '3 months' },
      { value: 180, label: '6 months' },
    ],
    runwayMonths: [
      { value: 6, label: '6 months' },
      { value: 12, label: '12 months' },
      { value: 18, label: '18 months' },
      { value: 24, label: '24 months' },
      { value: 120, label: 'Profitable' },
    ],
    founderSalesHours: [
      { value: 5, label: '5 h' },
      { value: 10, label: '10 h' },
      { value: 20, label: '20 h' },
      { value: 30, label: '30 h' },
    ],
    stakeholders: [
      { value: 1, label: '1' },
      { value: 2, label: '2' },
      { value: 3, label: '3' },
      { value: 5, label: '5' },
    ],
    sdrs: [
      { value: 0, label: 'None' },
      { value: 1, label: '1' },
      { value: 2, label: '2' },
    ],
  };
