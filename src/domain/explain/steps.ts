import type { CompleteAnswers } from '../answers/schema';
import { REGION_WORDS, TERMS } from '../answers/vocabulary';
import type { Assumptions } from '../assumptions';
import type { CoreDecision } from '../decide-core';
import { article, formatMoneyText, formatMonths, formatNumber } from '../format';
import { GATE_TEXT, READINESS_GATES } from '../rules/gates';
import { ALONGSIDE } from '../rules/process';
import type { Blocker, Dimension, NextStep } from '../types';
import { runwayShortfall, sdrMissing } from './reasons';
import { hireName, outboundRunner } from './words';

/*
 * Blockers and next steps, agreeing with the status: a "not yet" lists what to fix before any
 * hire; a "hire after" lists what to fix while the search runs; a "hire now" lists none.
 */

const GATE_DIMENSION: Record<string, Dimension> = {
  ...Object.fromEntries(READINESS_GATES.map((g) => [g.id, g.dimension])),
  payback: 'economics',
  runway: 'budget',
  'pipeline-for-sdr': 'leadFlow',
};

export function buildBlockers(
  core: CoreDecision,
  answers: CompleteAnswers,
  a: Assumptions,
): Blocker[] {
  const out: Blocker[] = [];
  if (core.kind === 'not-yet') {
    for (const gate of core.gates) {
      if (gate === 'no-need') continue;
      if (gate === 'pipeline-for-sdr') {
        out.push({
          id: gate,
          ruleId: gate,
          title: 'Prove a way to create pipeline before hiring for it',
          why: sdrMissing(core, answers, a),
          // Proving outbound cannot fix deals too small for it to pay: grow pipeline another way.
          // Beside the SDR's own failed payback (decide-core) the same holds at any deal size.
          fix:
            core.model.acvUsd < a.transactionalAcvUsd || core.gates.includes('payback')
              ? 'Grow inbound, referrals or a partner channel: at your deal size outbound rarely earns back an SDR’s cost, so proving outbound would not change this.'
              : `${outboundRunner(core, answers, a) === 'aes' ? 'Have your account executives, who have room, run outbound' : 'Run outbound yourself'} for two to three months from a written target list (about 50 contacts a week); once it books meetings every week, an SDR can take it over.`,
          dimension: 'leadFlow',
          severity: 'gate',
          typicalWeeks: 12,
        });
        continue;
      }
      const text = GATE_TEXT[gate];
      if (!text) continue;
      out.push({
        id: gate,
        ruleId: gate,
        ...text,
        // The same owner for outbound as the lever on the same page: AEs with room run it.
        ...(gate === 'no-pipeline' && outboundRunner(core, answers, a) === 'aes'
          ? {
              fix: 'Have your account executives, who have room, run outbound for two to three months (a target list, a short message, about 50 contacts a week) until it books meetings every week.',
            }
          : {}),
        dimension: GATE_DIMENSION[gate] ?? 'economics',
        severity: 'gate',
      });
    }
    // Not the gate that decided, but it stops the next hire as surely (reasons.ts says by how much).
    if (runwayShortfall(core, answers) && GATE_TEXT.runway)
      out.push({
        id: 'runway',
        ruleId: 'runway-short',
        ...GATE_TEXT.runway,
        dimension: 'budget',
        severity: 'gate',
      });
    return out;
  }
  for (const rule of ALONGSIDE) {
    if (!core.alongside.includes(rule.id)) continue;
    out.push({
      id: rule.id,
      ruleId: rule.id,
      ...rule.text,
      dimension: rule.dimension,
      severity: 'alongside',
    });
  }
  return out;
}

export function buildNextSteps(
  core: CoreDecision,
  answers: CompleteAnswers,
  blockers: Blocker[],
): NextStep[] {
  const steps: NextStep[] = [];
  const { economics } = core.model;
  if (core.kind === 'not-yet') {
    for (const b of blockers) steps.push({ id: `fix-${b.id}`, text: b.fix });
    if (core.gates.includes('no-need')) {
      // Room beside a full SDR team: the pipeline is short of what the SDRs book, not of SDRs.
      if (core.model.capacity.band === 'room' && core.model.capacity.sdrRatioMet)
        steps.push({
          id: 'sdr-output',
          text: `Your ${answers.sdrs === 1 ? 'SDR already meets' : `${answers.sdrs} SDRs already meet`} the usual ratio to your account executives, yet the closers have room: find out why the meetings fall short (targeting, ramp, management) and what marketing can add, before adding anyone.`,
        });
      steps.push({
        id: 'watch-capacity',
        text: 'Check each month whether qualified leads start to wait or your sellers’ calendars fill up; that is the signal for the next hire.',
      });
    }
    if (core.nextHire)
      steps.push({
        id: 'then-hire',
        text: `Then hire ${hireName(core.nextHire.kind, core.nextHire.aeProfile)}; run this check again when the answers above change.`,
      });
    return steps;
  }
  const hasAe = core.kind === 'ae' || core.kind === 'both';
  const e = hasAe ? economics.ae : economics.sdr;
  steps.push({
    id: 'start-search',
    text: `Start the search now: hiring in ${REGION_WORDS[answers.hireRegion]} usually takes ${formatMonths(e.timeToHireMonths)} from first interview to first day.`,
  });
  for (const b of blockers)
    steps.push({
      id: `fix-${b.id}`,
      text: `While you search: ${b.fix.charAt(0).toLowerCase()}${b.fix.slice(1)}`,
    });
  if (hasAe) {
    const ae = economics.ae;
    steps.push({
      id: 'offer-ae',
      text: `Offer ${hireName('ae', core.aeProfile)} ${TERMS.ote} of ${formatMoneyText(ae.oteLocal, answers.currency)}, ${formatNumber(ae.baseSharePct, 0)}% base, with a quota of ${formatMoneyText(ae.quotaLocal ?? 0, answers.currency)} a year.`,
      detail: `Plan ${article(String(ae.rampMonths))} ${ae.rampMonths}-month ramp: quota starts at 0% in the first month and steps up to full by month ${ae.rampMonths + 1}.`,
    });
  }
  if (core.kind === 'sdr' || core.kind === 'both') {
    const sdr = economics.sdr;
    steps.push({
      id: 'offer-sdr',
      text: `Offer the SDR on-target earnings of ${formatMoneyText(sdr.oteLocal, answers.currency)}, ${formatNumber(sdr.baseSharePct, 0)}% base, paid on meetings that become qualified opportunities.`,
    });
  }
  if (core.followUp) steps.push({ id: 'then-sdr', text: `Add an SDR ${core.followUp.trigger}.` });
  return steps;
}
