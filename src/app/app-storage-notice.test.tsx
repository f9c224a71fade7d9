// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { isStorageStatusLoaded } from '../store/storage-status-loaded';
import { App } from './app';

// The shell loads its storage notice with the workspace store, not on a first visit's landing page.
// This file imports nothing that loads the store, so the status store does not exist at first.

it('shows the storage notice once the store reports a problem, without loading it before', async () => {
  window.location.hash = '#/';
  render(<App />);
  expect(
    await screen.findByRole('heading', { level: 1, name: /closer or an opener/i }),
  ).toBeInTheDocument();
  expect(isStorageStatusLoaded()).toBe(false);
  expect(screen.queryByText(/could not read the assessments saved/i)).not.toBeInTheDocument();

  const { useStorageStatus, RECOVERED_MESSAGES } = await import('../store/storage-status');
  expect(isStorageStatusLoaded()).toBe(true);
  act(() => {
    useStorageStatus.setState({
      recovered: { backupKey: 'k', outcome: 'discarded', reason: 'test' },
      original: '{',
    });
  });
  expect(await screen.findByText(RECOVERED_MESSAGES.discarded)).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Download the saved data' })).toBeInTheDocument();
});
