// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import { expect, it, vi } from 'vitest';
import { App } from './app';

// As after a deploy replaced the files: the header controls' code cannot be downloaded.
vi.mock('./app-controls', () => {
  throw new TypeError('Failed to fetch dynamically imported module: app-controls.js');
});

it('keeps the page when the header controls cannot load, and leaves them out', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  window.location.hash = '#/';
  render(<App />);
  await waitFor(() =>
    expect(screen.queryByRole('button', { name: 'Presenter view' })).not.toBeInTheDocument(),
  );
  expect(
    screen.getByRole('heading', { level: 1, name: /closer or an opener/i }),
  ).toBeInTheDocument();
  expect(screen.getByRole('link', { name: /Start quick check/ })).toBeInTheDocument();
});
