// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SAVE_FULL_MESSAGE, useStorageStatus } from '../store/storage-status';
import { App } from './app';
import { matchRoute } from '../ui/routes';
import {
  loadNotFound,
  loadResults,
  loadStorageNotice,
  loadWizard,
  loadWorkspace,
  preloadFirstScreen,
} from './screens';

// The screens' modules, loaded while the file is collected (no test timeout runs then), so
// preloadFirstScreen below finds them at once instead of waiting for Vitest to transform a chunk.
await Promise.all([
  loadResults(),
  loadWizard(),
  loadWorkspace(),
  loadNotFound(),
  loadStorageNotice(),
]);

/**
 * Opens `hash` as the app boots: main.tsx loads the route's screen module before the first render
 * (preloadFirstScreen), so App never renders a suspended screen at start. Rendering App without that
 * step leaves the screen suspended while Vitest transforms its chunk (seconds on a busy machine),
 * and React holds every update made inside user-event's un-awaited act() until the chunk arrives:
 * a click on Dismiss then seemed to do nothing.
 */
async function at(hash: string) {
  await act(async () => {
    window.location.hash = hash;
    await preloadFirstScreen(matchRoute(hash.replace(/^#/, '') || '/'));
  });
}

beforeEach(() => {
  localStorage.clear();
  useStorageStatus.setState({
    recovered: undefined,
    readOnly: false,
    original: undefined,
    saveError: undefined,
    deletedElsewhere: undefined,
    otherTabChanges: 0,
    otherTabSeen: 0,
  });
});
afterEach(() => {
  cleanup();
  window.location.hash = '';
});

describe('the storage notice in the app shell', () => {
  it.each(['#/', '#/results', '#/clients', '#/assess/company', '#/nowhere'])(
    'says saving failed on %s',
    async (hash) => {
      await at(hash);
      useStorageStatus.setState({ saveError: SAVE_FULL_MESSAGE });
      render(<App />);
      expect(await screen.findByText(/storage is full/)).toBeInTheDocument();
      // Exactly one notice, whatever the page renders of its own.
      expect(screen.getAllByText(/storage is full/)).toHaveLength(1);
    },
  );

  it('explains unreadable data kept as is, and offers its text for download', async () => {
    const user = userEvent.setup();
    const createObjectURL = vi.fn<(blob: Blob) => string>(() => 'blob:x');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn<() => void>() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await at('#/results');
    useStorageStatus.setState({
      readOnly: true,
      original: '{"broken',
      recovered: { backupKey: null, outcome: 'discarded', reason: 'unreadable' },
    });
    render(<App />);
    const notice = (await screen.findByText(/left exactly as they were/)).closest('.notice');
    if (!(notice instanceof HTMLElement)) throw new Error('no notice');
    await user.click(within(notice).getByRole('button', { name: 'Download the saved data' }));
    expect(click).toHaveBeenCalled();
    const blob = createObjectURL.mock.calls[0]?.[0] ?? new Blob();
    expect(await blob.text()).toBe('{"broken');
    click.mockRestore();
  });

  it('a dismissed recovery notice goes away', async () => {
    const user = userEvent.setup();
    await at('#/clients');
    useStorageStatus.setState({
      recovered: { backupKey: 'k', outcome: 'discarded', reason: 'x' },
      original: 'x',
    });
    render(<App />);
    // The Assessments page itself, not a loading placeholder, is on screen under the notice.
    expect(screen.getByRole('heading', { level: 1, name: /assessments/i })).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: /Dismiss/ }));
    expect(screen.queryByText(/could not read/)).not.toBeInTheDocument();
  });
});
