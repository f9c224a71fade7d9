// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activeOrEmpty, useWorkspaceStore, useUnsavedInput } from '../../store';
import { StepForm } from './step-form';

const ACV = /average first-year contract value/;
const CLOSE_RATE = /share of qualified opportunities/;

function renderDeals() {
  render(<StepForm step="deals" fromCheck={false} />);
  return userEvent.setup();
}

/** Puts text in a field as one paste: quicker than typing on a busy machine; same events to the form. */
async function fill(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await user.clear(input);
  await user.click(input);
  await user.paste(text);
}

async function chooseCurrency(user: ReturnType<typeof userEvent.setup>, name: RegExp) {
  const group = screen.getByRole('group', { name: /currency/ });
  await user.click(within(group).getByRole('radio', { name }));
}

beforeEach(() => {
  localStorage.clear();
  useWorkspaceStore.getState().deleteOpenAssessment();
  useUnsavedInput.getState().discardAll();
});
afterEach(() => {
  cleanup();
  window.location.hash = '';
});

describe('number questions in the wizard', () => {
  it('shows the currency beside amounts and echoes what was read in it', async () => {
    const user = renderDeals();
    await chooseCurrency(user, /Euros/);
    const acv = screen.getByLabelText(ACV);
    // The symbol sits beside the input and the unit is part of its description.
    expect(acv).toHaveAccessibleDescription(/in Euros/);
    // The typical amounts come from US surveys and say so once another currency is chosen.
    expect(acv).toHaveAccessibleDescription(/Under US\$5,000 is usually sold without meetings/);
    await fill(user, acv, '€30.000');
    expect(screen.getByText('= €30,000 (30 thousand)')).toBeInTheDocument();
    expect(acv).toHaveAccessibleDescription(/= €30,000 \(30 thousand\)/);
    await fill(user, acv, '1.2m');
    // A point where euros expect a decimal comma is still one clear reading: said, not asked.
    expect(
      screen.getByText('= €1,200,000 (1.2 million; “.” read as the decimal mark)'),
    ).toBeInTheDocument();
  });

  it('echoes $30k and 25% and saves them as numbers', async () => {
    const user = renderDeals();
    await chooseCurrency(user, /US dollars/);
    await fill(user, screen.getByLabelText(ACV), '$30k');
    expect(screen.getByText('= $30,000 (30 thousand)')).toBeInTheDocument();
    await fill(user, screen.getByLabelText(CLOSE_RATE), '25%');
    expect(screen.getByText('= 25%')).toBeInTheDocument();
    await fill(user, screen.getByLabelText(/How long does a deal take/), '45 days');
    await fill(user, screen.getByLabelText(/people take part/), '+3');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() =>
      expect(activeOrEmpty(useWorkspaceStore.getState()).answers).toMatchObject({
        currency: 'USD',
        acv: 30_000,
        closeRatePct: 25,
        salesCycleDays: 45,
        stakeholders: 3,
      }),
    );
  });

  it('says at once that an amount is in another currency, offers to switch, and keeps the typing', async () => {
    const user = renderDeals();
    await chooseCurrency(user, /US dollars/);
    const acv = screen.getByLabelText(ACV);
    await fill(user, acv, '€30.000');
    // Continue would refuse it, so the field must not say it read €30,000 as if that were fine.
    expect(screen.queryByText(/^= /)).not.toBeInTheDocument();
    await user.tab();
    const mismatch = screen.getByRole('group', {
      name: 'This amount is in euros, but this assessment prices in US dollars: type it in US dollars, or change the currency.',
    });
    expect(acv).toHaveAccessibleDescription(/This amount is in euros/);
    expect(acv).toHaveValue('€30.000');
    await user.click(
      within(mismatch).getByRole('button', { name: 'Change the currency to euros' }),
    );
    expect(screen.getByRole('radio', { name: /Euros/ })).toBeChecked();
    expect(acv).toHaveValue('€30.000');
    expect(acv).toHaveFocus();
    expect(screen.getByText('= €30,000 (30 thousand)')).toBeInTheDocument();
    expect(screen.queryByText(/This amount is in/)).not.toBeInTheDocument();
    await fill(user, screen.getByLabelText(CLOSE_RATE), '20');
    await fill(user, screen.getByLabelText(/How long does a deal take/), '30');
    await fill(user, screen.getByLabelText(/people take part/), '1');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() =>
      expect(activeOrEmpty(useWorkspaceStore.getState()).answers).toMatchObject({
        currency: 'EUR',
        acv: 30_000,
      }),
    );
  });

  it('asks which reading was meant when an amount can be read two ways', async () => {
    const user = renderDeals();
    await chooseCurrency(user, /US dollars/);
    const acv = screen.getByLabelText(ACV);
    await fill(user, acv, '$25.000');
    const question = screen.getByRole('group', { name: /“\$25\.000” can be read two ways/ });
    expect(screen.queryByText(/^= /)).not.toBeInTheDocument();
    await user.click(within(question).getByRole('button', { name: '$25\u202f000' }));
    expect(acv).toHaveValue('25000');
    expect(acv).toHaveFocus();
    expect(screen.getByText('= $25,000 (25 thousand)')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: /read two ways/ })).not.toBeInTheDocument();
  });

  it('blocks Continue on an unanswered question, with both readings named', async () => {
    const user = renderDeals();
    await chooseCurrency(user, /US dollars/);
    await fill(user, screen.getByLabelText(ACV), '$25.000');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(
      screen.getByRole('link', { name: 'Choose whether “$25.000” means $25\u202f000 or $25' }),
    ).toBeInTheDocument();
  });

  it('offers a soft check with a one-click fix once the field is left, and never blocks', async () => {
    const user = renderDeals();
    const rate = screen.getByLabelText(CLOSE_RATE);
    await user.type(rate, '0.25');
    // Not while typing: "0.2" on the way to "0.25%" is not worth a warning.
    expect(screen.queryByText(/is unusual/)).not.toBeInTheDocument();
    await user.tab();
    const check = screen.getByRole('group', {
      name: 'A close rate of 0.25% is unusual. Did you mean 25%?',
    });
    await user.click(within(check).getByRole('button', { name: 'Use 25%' }));
    expect(rate).toHaveValue('25');
    expect(screen.queryByText(/is unusual/)).not.toBeInTheDocument();
  });

  it('keeps an unusual value when asked, and Continue saves it', async () => {
    const user = renderDeals();
    await chooseCurrency(user, /US dollars/);
    await fill(user, screen.getByLabelText(ACV), '50');
    await user.tab();
    const check = screen.getByRole('group', { name: /of \$50 is unusual/ });
    expect(within(check).getByRole('button', { name: 'Use $50,000' })).toBeInTheDocument();
    await user.click(within(check).getByRole('button', { name: 'Keep $50' }));
    expect(screen.queryByText(/is unusual/)).not.toBeInTheDocument();
    await fill(user, screen.getByLabelText(CLOSE_RATE), '20');
    await fill(user, screen.getByLabelText(/How long does a deal take/), '30');
    await fill(user, screen.getByLabelText(/people take part/), '1');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() =>
      expect(activeOrEmpty(useWorkspaceStore.getState()).answers).toMatchObject({ acv: 50 }),
    );
  });

  it('says clearly what is wrong with garbage, and keeps it on screen', async () => {
    const user = renderDeals();
    const rate = screen.getByLabelText(CLOSE_RATE);
    await fill(user, rate, 'lots');
    await fill(user, screen.getByLabelText(/How long does a deal take/), '9'.repeat(400));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(rate).toHaveValue('lots');
    expect(
      screen.getByRole('link', { name: 'Enter a close rate as a number, for example 25%' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Enter a sales cycle in days between 1 and 730' }),
    ).toBeInTheDocument();
    expect(rate).toHaveAccessibleDescription(/Error: ?Enter a close rate as a number/);
  });
});
