// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_ASSUMPTIONS, evaluate, SAMPLE_ANSWERS, type Answers } from '../../domain';
import { buildPlan, planInputFor } from '../../domain/plan';
import { SCENARIOS_V2 } from '../../domain/scenarios-v2.fixture';
import { HiringPlanSection } from './hiring-plan-section';

afterEach(cleanup);

function renderPlan(answers: Answers = SAMPLE_ANSWERS, onMonthlyBurn?: (value: number) => void) {
  const assessment = evaluate(answers, DEFAULT_ASSUMPTIONS);
  render(
    <HiringPlanSection
      assessment={assessment}
      answers={answers}
      assumptions={DEFAULT_ASSUMPTIONS}
      {...(onMonthlyBurn ? { onMonthlyBurn } : {})}
    />,
  );
  const input = planInputFor(assessment, answers, DEFAULT_ASSUMPTIONS);
  return {
    plan: input ? buildPlan(input) : null,
    section: screen.getByRole('region', { name: 'Your hiring plan' }),
  };
}

describe('HiringPlanSection', () => {
  it('shows the 24 months in a table whose figures are the plan’s', () => {
    const { plan, section } = renderPlan();
    const table = within(section).getByRole('table', { name: /month by month/i });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(24);
    const breakEven = plan?.expected.breakEvenMonth;
    expect(within(section).getByText('Pays for itself').nextElementSibling?.textContent).toBe(
      `month ${breakEven}`,
    );
    // The first day is the month after search and notice.
    const start = plan?.expected.startMonth ?? 0;
    expect(
      within(rows[start - 1] as HTMLElement).getByRole('cell', { name: /Ramp, 0% of quota/ }),
    ).toBeInTheDocument();
  });

  it('says beside the month table how its bookings relate to the pay plan’s quota', () => {
    const { section } = renderPlan(
      SCENARIOS_V2.find((s) => s.name.startsWith('Founder saturated'))?.answers,
    );
    expect(
      within(section).getByText(/bookings are what the AE is expected to close, about 85%/),
    ).toBeInTheDocument();
  });

  it('names the result’s blockers and checks without pointing "above" (presenter view)', () => {
    for (const name of ['Runway 5 months', '$500 deals, founder-led']) {
      const { section } = renderPlan(SCENARIOS_V2.find((s) => s.name === name)?.answers);
      expect(section.textContent).not.toMatch(/\b(check|result|answer|blockers) above\b/);
      cleanup();
    }
  });

  it('names the assumption each pay figure reads', () => {
    const { section } = renderPlan();
    const pay = within(section).getByRole('table', { name: 'The offer and the quota' });
    const ote = within(pay)
      .getByRole('rowheader', { name: 'On-target earnings (a year)' })
      .closest('tr');
    expect(ote?.textContent).toMatch(/Mid-market account executive pay at target/);
    const ramp = within(section).getByRole('table', { name: 'Ramp quota by month on the job' });
    expect(within(ramp).getAllByRole('row')[1]?.textContent).toMatch(/^1\s*0%\s*\$0$/);
  });

  it('agrees with a passed runway check when full payback falls after the runway', () => {
    // 14 months of runway: the engine's check (search + ramp + payback) passes; full payback is later.
    const answers = { ...SAMPLE_ANSWERS, runwayMonths: 14 };
    const { plan, section } = renderPlan(answers);
    expect(plan?.survives).toBe(false);
    const sf = plan?.selfFundingMonth ?? 0;
    expect(sf).toBeLessThanOrEqual(14);
    const runway = within(section).getByText('Runway').nextElementSibling?.textContent;
    expect(runway).toBe(
      `lasts until the hire pays its own way (month ${sf}), not until it has paid back (month ${plan?.expected.breakEvenMonth})`,
    );
  });

  it('asks for the monthly burn in place, and refuses a bad value without losing it', async () => {
    const user = userEvent.setup();
    const save = vi.fn<(value: number) => void>();
    const { section } = renderPlan(SAMPLE_ANSWERS, save);
    const field = within(section).getByRole('textbox', { name: /Monthly net burn/ });
    await user.type(field, 'lots');
    await user.click(within(section).getByRole('button', { name: 'Use this burn' }));
    expect(save).not.toHaveBeenCalled();
    expect(field).toHaveAccessibleDescription(/Enter your monthly net burn as a number/);
    expect(field).toHaveValue('lots');
    await user.clear(field);
    await user.type(field, '85,000');
    await user.click(within(section).getByRole('button', { name: 'Use this burn' }));
    expect(save).toHaveBeenCalledWith(85_000);
  });

  it('shows the month money runs out once the burn is known', () => {
    const answers = { ...SAMPLE_ANSWERS, monthlyBurn: 60_000 } as Answers;
    const { section } = renderPlan(answers);
    expect(within(section).queryByRole('textbox', { name: /Monthly net burn/ })).toBeNull();
    expect(
      within(section).getByText(/If the hire sells nothing, cash runs out after month \d+/),
    ).toBeInTheDocument();
    expect(within(section).getByRole('columnheader', { name: 'Cash left' })).toBeInTheDocument();
  });

  it('offers the role kit with a mock discovery call and a copy button', () => {
    const { section } = renderPlan();
    expect(
      within(section).getByRole('heading', { name: /Role kit: Account Executive/ }),
    ).toBeInTheDocument();
    expect(within(section).getByText(/Mock discovery call/)).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Copy as Markdown' })).toBeInTheDocument();
  });

  it('counts the opportunities the role kit asks for in whole numbers', () => {
    const { plan, section } = renderPlan();
    const need = plan?.oppsNeededPerAe ?? 0;
    expect(Number.isInteger(need)).toBe(false);
    const whole = `${Math.round(need)} qualified opportunities a month`;
    expect(
      within(section).getByText(`Works about ${whole} and owns every next step.`),
    ).toBeInTheDocument();
    expect(within(section).getByText(`Rising towards ${whole}.`)).toBeInTheDocument();
  });

  it('plans the hire that follows when the answer is not yet, and says so', () => {
    const answers: Answers = {
      ...SAMPLE_ANSWERS,
      customers: 0,
      arrBand: 'pre-revenue',
      qualifiedOppsPerMonth: 0,
      leadTrend: 'none',
    };
    const { plan, section } = renderPlan(answers);
    expect(plan?.deferred).toBe(true);
    expect(
      within(section).getByText(/the plan for the hire that comes once the blockers/),
    ).toBeInTheDocument();
    // Nothing here is held back by the close rate: today's figures, no note about another rate.
    expect(within(section).queryByText(/Its figures use a close rate/)).not.toBeInTheDocument();
  });

  it('holds an AE the pipeline feeds short of quota to what it will get, with the quota’s need beside', () => {
    const slow = SCENARIOS_V2.find((s) => s.name.startsWith('$4k deals with a 180-day'));
    const { plan, section } = renderPlan(slow?.answers);
    expect(plan?.oppsWorkedPerAe).toBe(20);
    const need = Math.round(plan?.oppsNeededPerAe ?? 0);
    expect(need).toBeGreaterThan(30);
    expect(
      within(section).getByText(
        `Rising towards 20 qualified opportunities a month (a full quota needs about ${need}).`,
      ),
    ).toBeInTheDocument();
    // A 180-day cycle puts first signatures past the first 90 days, and the scorecard says so.
    expect(
      within(section).getByText(/A signature is not expected yet with a 180-day cycle/),
    ).toBeInTheDocument();
    expect(within(section).queryByText(/one to three months/)).not.toBeInTheDocument();
    expect(within(section).queryByText(/First deals closed \(a 180-day/)).not.toBeInTheDocument();
  });

  it('says why there is no plan without pointing at blockers the page does not have', () => {
    const answers: Answers = { ...SAMPLE_ANSWERS, aes: 8, sdrs: 4, leadsUnworked: false };
    const { plan, section } = renderPlan(answers);
    expect(plan).toBeNull();
    expect(evaluate(answers, DEFAULT_ASSUMPTIONS).blockers).toHaveLength(0);
    expect(within(section).getByText(/finds no seat a new hire would fill/)).toBeInTheDocument();
    expect(within(section).queryByText(/blockers above/)).not.toBeInTheDocument();
  });

  it('prices the AE of an AE-and-SDR pair as the AE’s seat, at the deals it would close', () => {
    const pair = SCENARIOS_V2.find((s) => s.name.startsWith('Three AEs at capacity, no SDR'));
    const { plan, section } = renderPlan(pair?.answers);
    expect(plan?.kind).toBe('both');
    const text =
      within(section)
        .getByText(/Admitting a mis-hire/)
        .closest('p')?.textContent ?? '';
    expect(text).toMatch(/By then the mid-market AE will have cost about/);
    expect(text).not.toMatch(/the AE and the SDR will have cost|about \$0 in sales/);
  });

  it('figures a plan held back by a 1% close rate at the close rate that clears it, and says so', () => {
    const answers: Answers = { ...SAMPLE_ANSWERS, closeRatePct: 1, leadsUnworked: true };
    const { plan, section } = renderPlan(answers);
    expect(plan?.deferred).toBe(true);
    const at = plan?.clearedCloseRate?.pct ?? 0;
    expect(at).toBeGreaterThan(1);
    expect(
      within(section).getByText(
        new RegExp(
          `Its figures use a close rate of ${at}%, the least at which the answer becomes this hire, not today’s 1%`,
        ),
      ),
    ).toBeInTheDocument();
    // A hire that pays back at that rate, and a role kit asking for that rate's pipeline.
    expect(plan?.selfFundingMonth).not.toBeNull();
    expect(
      within(section).queryByText(/never brings in as much as it costs/),
    ).not.toBeInTheDocument();
  });
});
