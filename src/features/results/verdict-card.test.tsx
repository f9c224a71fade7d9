// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluate, SAMPLE_ANSWERS, type Answers } from '../../domain';
import { verdictOf, type Verdict } from './verdict';
import { VerdictCard } from './verdict-card';

afterEach(cleanup);

const NOT_YET: Verdict = {
  status: 'not-yet',
  statusLabel: 'Not yet',
  headline: 'Not yet: fix the unit economics first',
  role: null,
  nextRole: 'Mid-market Account Executive',
  summary: 'Two sentences.',
  readiness: { score: 31, band: 'not-ready', meaning: '31 of 100: two gates stop a hire.' },
  confidence: {
    level: 'medium',
    reason: 'With 4 more months of runway it would be an AE.',
  },
  points: [
    { text: 'Runway is 4 months; an AE needs 14.', stance: 'against' },
    { text: 'Deals pay back in 30 months.', stance: 'against' },
  ],
  profileNote: null,
  levers: ['With 14 months of runway instead of 4: hire a mid-market AE now.'],
  margins: [],
};

describe('VerdictCard', () => {
  it('shows status, headline, readiness meaning, confidence reason and the points', () => {
    render(
      <VerdictCard
        verdict={NOT_YET}
        context="Acme"
        actions={<button type="button">Share</button>}
      />,
    );
    const card = screen.getByRole('banner');
    expect(within(card).getByRole('heading', { level: 1 })).toHaveTextContent(NOT_YET.headline);
    expect(card).toHaveTextContent('Not yet');
    expect(card).toHaveTextContent('Then: Mid-market Account Executive');
    expect(card).toHaveTextContent(NOT_YET.readiness.meaning);
    expect(card).toHaveTextContent(NOT_YET.confidence.reason);
    const points = within(card).getByRole('heading', { name: 'What stops a hire now' });
    expect(points).toBeInTheDocument();
    const stops = within(card).getByRole('list', { name: 'What stops a hire now' });
    expect(within(stops).getAllByRole('listitem')).toHaveLength(2);
    expect(card).toHaveTextContent(NOT_YET.levers[0] ?? '');
    expect(within(card).getByRole('button', { name: 'Share' })).toBeInTheDocument();
  });

  it('names the role only when the headline does not already say it', () => {
    const verdict: Verdict = {
      ...NOT_YET,
      status: 'hire-now',
      statusLabel: 'Hire now',
      headline: 'Hire a mid-market Account Executive',
      role: 'Mid-market Account Executive',
      nextRole: null,
    };
    render(<VerdictCard verdict={verdict} context="Acme" />);
    expect(screen.getAllByText(/Mid-market Account Executive/i)).toHaveLength(1);
  });
});

describe('verdictOf', () => {
  const early: Answers = {
    ...SAMPLE_ANSWERS,
    arrBand: 'pre-revenue',
    customers: 3,
    processDocs: 'in-head',
    nonFounderWins: 0,
    leadTrend: 'sporadic',
    qualifiedOppsPerMonth: 3,
  };

  it('never puts a reason for hiring under a "not yet"', () => {
    const assessment = evaluate(early);
    expect(assessment.reasons.some((reason) => reason.stance === 'for')).toBe(true);
    const verdict = verdictOf(assessment);
    expect(verdict.status).toBe('not-yet');
    expect(verdict.points.length).toBeGreaterThan(0);
    expect(verdict.points.every((point) => point.stance === 'against')).toBe(true);
  });

  it('keeps to the three points that matter most', () => {
    const verdict = verdictOf(evaluate(SAMPLE_ANSWERS));
    expect(verdict.points.length).toBeLessThanOrEqual(3);
    expect(verdict.readiness.meaning).toBe(evaluate(SAMPLE_ANSWERS).readiness.meaning);
  });
});
