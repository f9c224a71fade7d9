// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QuickCheckPage } from './quick-check-page';

beforeEach(() => {
  // The currency is preset from the browser's language: US dollars for "en-US".
  vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-US');
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('QuickCheckPage', () => {
  it('says at once that a deal value is in another currency, and offers to switch', async () => {
    const user = userEvent.setup();
    render(<QuickCheckPage />);
    expect(screen.getByRole('radio', { name: 'US dollars' })).toBeChecked();
    const acv = screen.getByLabelText(/average first-year contract value/);
    await user.type(acv, '€30.000');
    await user.tab();

    // Submitting would refuse it, so it must not be echoed as if it were fine.
    expect(screen.queryByText(/^= /)).not.toBeInTheDocument();
    const mismatch = screen.getByRole('group', {
      name: 'This amount is in euros, but this assessment prices in US dollars: type it in US dollars, or change the currency.',
    });
    expect(acv).toHaveAccessibleDescription(/This amount is in euros/);

    await user.click(
      within(mismatch).getByRole('button', { name: 'Change the currency to euros' }),
    );
    expect(screen.getByRole('radio', { name: 'Euros' })).toBeChecked();
    expect(acv).toHaveValue('€30.000');
    expect(acv).toHaveFocus();
    expect(screen.getByText('= €30,000 (30 thousand)')).toBeInTheDocument();
    expect(screen.queryByText(/This amount is in/)).not.toBeInTheDocument();
  });
});
