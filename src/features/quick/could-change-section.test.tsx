// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../domain';
import { fillAssumed } from '../../domain/quick';
import { CouldChangeSection } from './could-change-section';

// Profile 1 of the e2e spec: founder-led, 18 customers, leads waiting, process partly written.
const { answers, assumed } = fillAssumed({
  currency: 'USD',
  customers: 18,
  aes: 0,
  qualifiedOppsPerMonth: 12,
  leadsUnworked: true,
  processDocs: 'partial',
  acv: 24_000,
  closeRatePct: 25,
  runwayMonths: 18,
});

describe('CouldChangeSection', () => {
  it('lists every assumed question, the one that could change the answer first, each a link to it', () => {
    render(
      <CouldChangeSection answers={answers} assumed={assumed} assumptions={DEFAULT_ASSUMPTIONS} />,
    );
    const section = screen.getByRole('region', { name: 'Questions that could change this' });
    const items = within(section).getAllByRole('listitem');
    expect(items).toHaveLength(assumed.length);
    const first = items[0] as HTMLElement;
    expect(within(first).getByRole('link').textContent).toBe(
      'Deals won without a founder (6 months)',
    );
    expect(within(first).getByRole('link').getAttribute('href')).toBe(
      '#/assess/process?from=results&field=nonFounderWins',
    );
    expect(first.textContent).toMatch(
      /Could change it\. If the answer is “1”: hire an Account Executive now\./,
    );
    expect(items.slice(1).every((item) => !/Could change it/.test(item.textContent ?? ''))).toBe(
      true,
    );
    expect(
      within(section).getByRole('link', { name: /Answer the remaining 15 questions/ }),
    ).toBeTruthy();
  });

  it('renders nothing for a full assessment', () => {
    const { container } = render(
      <CouldChangeSection answers={answers} assumed={[]} assumptions={DEFAULT_ASSUMPTIONS} />,
    );
    expect(container.textContent).toBe('');
  });
});
