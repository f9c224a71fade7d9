// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { NumberField, type SoftCheck } from './number-field';
import { parseNumber } from './parse-number';

const money = (n: number) => `€${n.toLocaleString('en-US')}`;

/** A what-if style host: the field's text in state, a check under 100. */
function Host() {
  const [text, setText] = useState('');
  const reading = parseNumber(text, { decimal: ',', currency: 'EUR', multipliers: true });
  const checks: SoftCheck[] =
    reading.kind === 'number' && reading.value < 100
      ? [
          {
            id: 'small',
            message: `A deal size of ${money(reading.value)} is unusual.`,
            fix: {
              label: `Use ${money(reading.value * 1000)}`,
              text: String(reading.value * 1000),
            },
            keepLabel: `Keep ${money(reading.value)}`,
          },
        ]
      : [];
  return (
    <NumberField
      id="deal"
      label="Deal size"
      prefix="€"
      unitSpoken="in euros"
      value={text}
      onChange={setText}
      reading={reading}
      format={money}
      decimal=","
      checks={checks}
    />
  );
}

afterEach(cleanup);

describe('NumberField', () => {
  it('echoes what it read, as part of the input’s description, and announces it once typing pauses', async () => {
    const user = userEvent.setup();
    const { container } = render(<Host />);
    const input = screen.getByLabelText('Deal size');
    await user.type(input, '30.000');
    expect(input).toHaveAccessibleDescription('in euros = €30,000 (30 thousand)');
    const live = container.querySelector('[aria-live="polite"]');
    expect(await within(live as HTMLElement).findByText('= €30,000 (30 thousand)')).toBeVisible();
  });

  it('asks between two readings and writes the chosen one back', async () => {
    const user = userEvent.setup();
    render(<Host />);
    const input = screen.getByLabelText('Deal size');
    await user.type(input, '1,250');
    const question = screen.getByRole('group', { name: /“1,250” can be read two ways/ });
    await user.click(within(question).getByRole('button', { name: '€1,25' }));
    expect(input).toHaveValue('1,25');
    expect(input).toHaveFocus();
    expect(screen.getByText('= €1.25')).toBeInTheDocument();
  });

  it('shows soft checks only after the field is left; keep hides it until the value changes', async () => {
    const user = userEvent.setup();
    render(<Host />);
    const input = screen.getByLabelText('Deal size');
    await user.type(input, '25');
    expect(screen.queryByRole('group', { name: /unusual/ })).not.toBeInTheDocument();
    await user.tab();
    const check = screen.getByRole('group', { name: 'A deal size of €25 is unusual.' });
    await user.click(within(check).getByRole('button', { name: 'Keep €25' }));
    expect(screen.queryByRole('group', { name: /unusual/ })).not.toBeInTheDocument();
    await user.clear(input);
    await user.type(input, '30');
    await user.tab();
    await user.click(screen.getByRole('button', { name: 'Use €30,000' }));
    expect(input).toHaveValue('30000');
    expect(input).toHaveFocus();
  });
});
