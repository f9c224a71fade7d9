// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SAVE_FULL_MESSAGE, useStorageStatus } from '../store/storage-status';
import { App } from './app';

async function at(hash: string) {
  await act(async () => {
    window.location.hash = hash;
    await new Promise((resolve) => setTimeout(resolve, 0));
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
    await at('#/');
    useStorageStatus.setState({
      recovered: { backupKey: 'k', outcome: 'discarded', reason: 'x' },
      original: 'x',
    });
    render(<App />);
    await user.click(await screen.findByRole('button', { name: /Dismiss/ }));
    expect(screen.queryByText(/could not read/)).not.toBeInTheDocument();
  });
});
