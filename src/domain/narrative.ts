import type { AeProfile, Blocker, NextStep, Reason, RecommendationKind } from './assessment';
import type { ExplainContext } from './rules';
import { article, capitalize, formatAmount, formatMoney, formatNumber } from './text';

/*
 * The words around the decision: headline, the two-sentence summary, and the ordered plan. Plain
 * language: every role is explained the first time it appears, and the reasons quoted come from the
 * rules, which quote the user's own answers.
 */

/** Short answer for a page heading. */
export function headline(
  kind: RecommendationKind,
  profile: AeProfile | undefined,
  blockers: readonly Blocker[],
  spareCapacity: boolean,
): string {
  const p = profile ?? 'mid-market';
  switch (kind) {
    case 'ae':
      return `Hire ${article(p)} ${p} Account Executive`;
    case 'sdr':
      return 'Hire an SDR to fill your pipeline';
    case 'both':
      return `Hire ${article(p)} ${p} Account Executive and an SDR`;
    case 'not-yet': {
      const first = blockers[0];
      if (first) return `Not yet: ${first.title.charAt(0).toLowerCase()}${first.title.slice(1)}`;
      return spareCapacity
        ? 'Not yet: your team can handle today’s demand'
        : 'Not yet: the numbers do not support a sales hire';
    }
  }
}

const OPENING: Record<RecommendationKind, (profile: AeProfile) => string> = {
  ae: (p) =>
    `Your next hire should be ${article(p)} ${p} account executive: a salesperson who runs deals through to signature and carries a sales target.`,
  sdr: () =>
    'Your next hire should be an SDR (sales development rep): someone who finds and qualifies prospects and books first meetings for the people who close.',
  both: (p) =>
    `Hire ${article(p)} ${p} account executive to close deals and an SDR (sales development rep) to book first meetings for them.`,
  'not-yet': () => 'Hold off on a sales hire for now.',
};

/** Two plain sentences: the answer, then the main reason in the user's own numbers. */
export function summary(
  kind: RecommendationKind,
  profile: AeProfile | undefined,
  reasons: readonly Reason[],
  blockers: readonly Blocker[],
): string {
  const first = OPENING[kind](profile ?? 'mid-market');
  const mainReason = reasons.find((r) => r.stance === 'for')?.text;
  const second =
    kind === 'not-yet'
      ? (blockers[0]?.why ??
        mainReason ??
        'Nothing in your answers makes a clear case for a new salesperson yet.')
      : (mainReason ?? 'Your answers lean this way, though no single signal decides it.');
  return `${first} ${second}`;
}

const PROFILE_BRIEF: Record<AeProfile, (c: ExplainContext) => string> = {
  transactional: () =>
    'Look for a full-cycle seller who runs many short deals from first call to signature, not a consultative enterprise closer.',
  'mid-market': (c) =>
    `Look for someone who has closed deals of about ${formatMoney(c.answers.acv, c.answers.currency)} with a ${formatNumber(c.answers.salesCycleDays, 0)}-day cycle and runs the same process every time.`,
  enterprise: (c) =>
    `Look for someone who has run ${formatNumber(c.answers.salesCycleDays, 0)}-day deals with ${formatNumber(c.answers.stakeholders, 0)} or more people in the decision.`,
};

/**
 * The ordered plan: first remove what blocks the hire, then the hire itself, then what comes after.
 */
export function nextSteps(
  kind: RecommendationKind,
  profile: AeProfile | undefined,
  blockers: readonly (Blocker & { step: string })[],
  c: ExplainContext,
): NextStep[] {
  const steps: NextStep[] = blockers.map((b) => ({
    id: `fix-${b.id}`,
    text: b.step,
    detail: b.fix,
  }));
  const p = profile ?? 'mid-market';
  const { f, a } = c;
  const need = f.oppsNeededPerAe === null ? null : formatAmount(f.oppsNeededPerAe);
  const aeFullyFed = f.pipelineCoverage !== null && f.pipelineCoverage >= 1;

  switch (kind) {
    case 'ae':
      steps.push({
        id: 'hire-ae',
        text: `Hire one ${p} account executive${blockers.length > 0 ? ' once those are in place' : ' now'}`,
        detail: PROFILE_BRIEF[p](c),
      });
      steps.push({
        id: 'hand-over',
        text: 'Hand over the open deals and the playbook in the first week',
        detail:
          need === null
            ? `Expect about ${formatNumber(f.aeEffectiveRampMonths, 0)} months before they sell at full speed.`
            : `Expect about ${formatNumber(f.aeEffectiveRampMonths, 0)} months before they sell at full speed; at full speed they need about ${need} qualified opportunities a month to make a ${formatMoney(f.aeQuotaUsd, 'USD')} quota.`,
      });
      steps.push(
        aeFullyFed
          ? {
              id: 'second-ae',
              text: 'Plan a second account executive once the first reaches quota',
              detail: 'Hiring closers in pairs lets you tell a weak hire from a weak process.',
            }
          : {
              id: 'then-sdr',
              text: 'Hire an SDR when the account executive’s calendar is full',
              detail: `An SDR books about ${formatAmount(f.sdrOppsPerMonth)} extra qualified opportunities a month once up to speed.`,
            },
      );
      break;
    case 'sdr':
      steps.push({
        id: 'hire-sdr',
        text: `Hire one SDR${blockers.length > 0 ? ' once those are in place' : ' now'}`,
        detail: `Once up to speed (about ${formatNumber(a.sdrRampMonths, 0)} months) they should book about ${formatNumber(a.sdrMeetingsPerMonth, 0)} meetings and add about ${formatAmount(f.sdrOppsPerMonth)} qualified opportunities a month.`,
      });
      steps.push({
        id: 'target-list',
        text: 'Give the SDR your ideal customer profile and a first list of target companies',
        detail:
          'Agree what counts as a qualified meeting before the first call, so closers and the SDR count the same way.',
      });
      steps.push({
        id: 'then-ae',
        text: 'Hire an account executive when your closers’ calendars are full',
        detail: `Today your closers can work about ${formatAmount(f.closingCapacityPerMonth)} new opportunities a month.`,
      });
      break;
    case 'both':
      steps.push({
        id: 'hire-both',
        text: `Hire one ${p} account executive and one SDR${blockers.length > 0 ? ' once those are in place' : ''}`,
        detail: `Start them close together, so the SDR’s meetings arrive as the account executive finishes ramping. ${PROFILE_BRIEF[p](c)}`,
      });
      steps.push({
        id: 'keep-ratio',
        text:
          a.sdrsPerAe < 1
            ? `Keep about one SDR for every ${formatNumber(1 / a.sdrsPerAe, 1)} account executives as the team grows`
            : `Keep about ${formatNumber(a.sdrsPerAe, 1)} SDRs per account executive as the team grows`,
        detail:
          'An SDR without a closer behind them books meetings nobody converts; a closer without an SDR waits for deals.',
      });
      break;
    case 'not-yet':
      if (blockers.length === 0 && f.spareCapacity) {
        steps.push({
          id: 'use-capacity',
          text: 'Keep selling with the team you have',
          detail: `Your closers can still take on about ${formatAmount(f.spareCapacityPerMonth)} more qualified opportunities a month.`,
        });
      }
      if (!f.steadyFlow && !f.outboundMotion) {
        steps.push({
          id: 'founder-outbound',
          text: 'Spend founder time on outbound to your best-fit customers every week',
          detail: 'A steady flow of qualified opportunities is what makes any sales hire pay.',
        });
      }
      steps.push({
        id: 'reassess',
        text: 'Run this assessment again when your numbers move',
        detail:
          'The changes listed under “What would change the answer” show which numbers matter most.',
      });
      break;
  }
  return steps.map((s) => ({ ...s, text: capitalize(s.text) }));
}
