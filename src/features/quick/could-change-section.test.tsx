// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../domain';
import { fillAssumed, SAMPLE_QUICK_ANSWERS } from '../../domain/quick';
import { CouldChangeSection } from './could-change-section';

const { answers, assumed } = fillAssumed(SAMPLE_QUICK_ANSWERS);

describe('CouldChangeSection', () => {
  it('shows the question that could change the answer, a link straight to it', () => {
    render(
      <CouldChangeSection answers={answers} assumed={assumed} assumptions={DEFAULT_ASSUMPTIONS} />,
    );
    const section = screen.getByRole('region', { name: 'Questions that could change this' });
    const shown = within(section).getAllByRole('listitem');
    expect(shown).toHaveLength(1);
    const first = shown[0] as HTMLElement;
    const link = within(first).getByRole('link', {
      name: 'Deals won without a founder (6 months)',
    });
    expect(link).toHaveAttribute('href', '#/assess/process?from=results&field=nonFounderWins');
    expect(first).toHaveTextContent(
      /Could change it\. If the answer is “1”: hire an Account Executive now\./,
    );
    expect(
      within(section).getByRole('link', { name: 'Answer the remaining 15 questions' }),
    ).toBeInTheDocument();
  });

  it('folds the 14 that would not change it under one closed heading that counts them', async () => {
    const user = userEvent.setup();
    render(
      <CouldChangeSection answers={answers} assumed={assumed} assumptions={DEFAULT_ASSUMPTIONS} />,
    );
    const section = screen.getByRole('region', { name: 'Questions that could change this' });
    const toggle = within(section).getByRole('button', {
      name: /14 questions that would not change it/,
    });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(section).queryByRole('link', { name: 'Pipeline tracking' })).toBeNull();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const folded = within(
      within(section).getByRole('region', { name: '14 questions that would not change it' }),
    ).getAllByRole('listitem');
    expect(folded).toHaveLength(14);
    expect(folded.every((item) => !/Could change it/.test(item.textContent ?? ''))).toBe(true);
    expect(within(section).getByRole('link', { name: 'Pipeline tracking' })).toHaveAttribute(
      'href',
      '#/assess/process?from=results&field=crm',
    );
    expect(within(section).getAllByRole('listitem')).toHaveLength(assumed.length);
  });

  it('renders nothing for a full assessment', () => {
    const { container } = render(
      <CouldChangeSection answers={answers} assumed={[]} assumptions={DEFAULT_ASSUMPTIONS} />,
    );
    expect(container.textContent).toBe('');
  });
});
