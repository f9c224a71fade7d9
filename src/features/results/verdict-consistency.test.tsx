// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS, evaluate, type Answers } from '../../domain';
import { ArithmeticSection } from './arithmetic-section';
import { brightdesk, fleetwise } from '../../domain/review-companies.fixture';
import { SCENARIOS_V2 } from '../../domain/scenarios-v2.fixture';
import { describeCapacity } from './chart-data';
import { verdictOf } from './verdict';
import { VerdictCard } from './verdict-card';
import { WhySection } from './why-section';

/*
 * Issue 10: the verdict card and "Why" never contradict the status. Under "not yet", what already
 * favours a hire (leads waiting, a saturated founder) is never listed as what stops one, nor shown
 * as green "points this way"; the confidence level is said once.
 */

afterEach(cleanup);

const ALL = SCENARIOS_V2.map((s) => [s.name, s.answers] as [string, Answers]);
const answersOf = (name: string) => {
  const found = SCENARIOS_V2.find((s) => s.name === name);
  if (!found) throw new Error(`No scenario ${name}`);
  return found.answers;
};

describe('verdict points agree with the status', () => {
  it.each(ALL)('%s', (_, answers) => {
    const assessment = evaluate(answers);
    const verdict = verdictOf(assessment);
    const proHire = assessment.reasons
      .filter((r) => assessment.recommendation.status === 'not-yet' && r.stance === 'against')
      .map((r) => r.text);
    const listed = verdict.points.map((p) => p.text);
    expect(listed.filter((text) => proHire.some((reason) => text.includes(reason)))).toEqual([]);
    // A "not yet" always says what stops the hire.
    expect(verdict.points.length > 0 || assessment.recommendation.status !== 'not-yet').toBe(true);
  });
});

describe('what stops a hire, on screen', () => {
  it('leads waiting under "not yet" is in your favour, not a blocker', () => {
    const assessment = evaluate(answersOf('Eight customers, leads waiting'));
    expect(assessment.recommendation.status).toBe('not-yet');
    render(
      <>
        <VerdictCard verdict={verdictOf(assessment)} context="Co" />
        <WhySection assessment={assessment} />
      </>,
    );
    const stops = screen.getByRole('list', { name: 'What stops a hire now' });
    expect(stops).toHaveTextContent(/Win more customers yourself first/);
    expect(stops).not.toHaveTextContent(/leads wait/);
    expect(screen.getByRole('list', { name: 'Why not yet' })).not.toHaveTextContent(/leads wait/);
    expect(screen.getByRole('list', { name: 'Already in your favour' })).toHaveTextContent(
      /You said qualified leads wait/,
    );
    expect(screen.queryByRole('heading', { name: 'What points this way' })).toBeNull();
  });

  it('a hire lists its reasons as pointing its way', () => {
    const assessment = evaluate(
      answersOf('Founder saturated, leads waiting, $24k deals (the classic first AE)'),
    );
    render(<WhySection assessment={assessment} />);
    expect(screen.getByRole('list', { name: 'What points this way' })).toHaveTextContent(
      /leads wait/,
    );
    expect(screen.queryByRole('heading', { name: 'Why not yet' })).toBeNull();
  });

  it('0 months of runway with room: the card says runway stops the next hire', () => {
    const assessment = evaluate(answersOf('Two AEs and one SDR, runway 0'));
    render(<VerdictCard verdict={verdictOf(assessment)} context="Co" />);
    expect(screen.getByRole('list', { name: 'What stops a hire now' })).toHaveTextContent(
      /0 months of runway/,
    );
  });
});

describe('confidence is said once', () => {
  it.each(ALL.slice(0, 12))('%s', (_, answers) => {
    const verdict = verdictOf(evaluate(answers));
    render(<VerdictCard verdict={verdict} context="Co" />);
    const fact = screen.getByText(/^Confidence/).closest('.verdict-fact') as HTMLElement;
    const level = verdict.confidence.level;
    const said = fact.textContent?.match(new RegExp(level, 'gi')) ?? [];
    expect(said).toHaveLength(1);
    expect(within(fact).getByText(verdict.confidence.reason)).toBeInTheDocument();
  });
});

describe('"What would change this" beside the margins', () => {
  it('never says no change would move the answer while "How firm" lists changes that would', () => {
    const assessment = evaluate(answersOf('Eight AEs and four SDRs, pipeline thin'));
    expect(assessment.levers).toHaveLength(0);
    render(<WhySection assessment={assessment} />);
    expect(screen.queryByText(/No single change/)).not.toBeInTheDocument();
    expect(
      screen.getByText(
        /No single improvement we tried .* The section “How firm the answer is” shows the changes that would\./,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'How firm the answer is' })).toBeInTheDocument();
  });
});

describe('"What would change this" when nothing in "How firm" would', () => {
  it('says several things must change together and names the blockers, not "How firm"', () => {
    const answers: Answers = {
      ...answersOf('Founder saturated, leads waiting, $24k deals (the classic first AE)'),
      customers: 2,
      qualifiedOppsPerMonth: 1,
      closeRatePct: 8,
      runwayMonths: 4,
      currency: 'EUR',
      hireRegion: 'eu-west',
    };
    const assessment = evaluate(answers);
    expect(assessment.levers).toHaveLength(0);
    render(<WhySection assessment={assessment} />);
    // Every line in "How firm" says the answer stays the same: nothing there to point to.
    expect(screen.getByRole('list', { name: 'How firm the answer is' })).not.toHaveTextContent(
      /Holds while/,
    );
    expect(screen.queryByText(/shows the changes that would/)).not.toBeInTheDocument();
    const said = screen.getByText(/several things must change together/);
    for (const b of assessment.blockers)
      expect(said.textContent?.toLowerCase()).toContain(b.title.toLowerCase());
  });
});

describe('the capacity chart in words at a 0% close rate', () => {
  it('says what cannot be worked out instead of "can work about 0"', () => {
    const assessment = evaluate(answersOf('Close rate 0% with leads waiting'));
    const text = describeCapacity(assessment.model, 0);
    expect(text).toMatch(
      /^You create 12 qualified opportunities a month\. With a close rate of 0%/,
    );
    expect(text).not.toMatch(/about 0|nobody has time/);
  });
});

describe('a new AE’s opportunities where leads are said to wait', () => {
  const assessment = evaluate(brightdesk);
  const { capacity } = assessment.model;
  const theirs = assessment.model.economics.ae.oppsPerMonth;

  it('is a case where the AE gets more than the arithmetic sees spare', () => {
    expect(assessment.recommendation.kind).toBe('ae');
    expect(theirs).toBeGreaterThan(capacity.surplusOpps + 0.5);
  });

  it('gives the same count at a glance as in the reasons, and says why it is more than the surplus', () => {
    const glance = describeCapacity(assessment.model, brightdesk.aes);
    expect(glance).toContain(
      `count about ${Math.round(theirs)} a month as the new account executive’s`,
    );
    const pipeline = assessment.reasons.find((r) => r.ruleId === 'ae-pipeline')?.text ?? '';
    expect(pipeline).toContain(`${Math.round(theirs)} a month would be theirs to work`);
    expect(pipeline).toContain(
      `the arithmetic sees about ${Math.round(capacity.surplusOpps)} spare, but you said leads wait`,
    );
  });

  it('lists, under a rule that fired, only what made it fire', () => {
    render(
      <ArithmeticSection
        answers={brightdesk}
        assumptions={DEFAULT_ASSUMPTIONS}
        assessment={assessment}
      />,
    );
    const rule = screen.getByText('Spare opportunities would keep a new account executive busy');
    const item = rule.closest('li');
    if (!item) throw new Error('the rule is not in a list item');
    expect(item).toHaveTextContent('Qualified leads wait or get dropped: yes');
    expect(item).not.toHaveTextContent(/Spare opportunities as a share/);
    expect(screen.queryByText(/Not met/)).not.toBeInTheDocument();
  });
});

describe('the three points of a hire', () => {
  const HIRES = ALL.filter(([, answers]) => evaluate(answers).recommendation.status !== 'not-yet');
  it.each(HIRES)('%s: lead with what speaks for it', (_, answers) => {
    const stances = verdictOf(evaluate(answers)).points.map((p) => p.stance);
    // Every 'for' point before every 'against' one.
    expect(stances).toEqual([
      ...stances.filter((s) => s === 'for'),
      ...stances.filter((s) => s !== 'for'),
    ]);
  });

  it('an SDR hired instead of an AE and an SDR together opens with the closers’ capacity and the SDR’s payback', () => {
    const assessment = evaluate({ ...fleetwise, qualifiedOppsPerMonth: 17 });
    const verdict = verdictOf(assessment);
    expect(verdict.headline).toBe('Hire an SDR now');
    expect(verdict.points[0]).toEqual({
      stance: 'for',
      text: expect.stringMatching(/^You get 17 qualified opportunities a month/),
    });
    expect(verdict.points[1]?.text).toMatch(
      /^An SDR .* repays a month of its cost in about 7 months/,
    );
  });
});
