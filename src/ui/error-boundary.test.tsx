// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary, isChunkLoadError } from './error-boundary';

function Bad({ error }: { error: Error }): never {
  throw error;
}

afterEach(cleanup);

describe('ErrorBoundary', () => {
  it('replaces only the failing section; the rest of the page stays', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <>
        <p>Other section</p>
        <ErrorBoundary label="This section">
          <Bad error={new RangeError('Invalid time value')} />
        </ErrorBoundary>
      </>,
    );
    expect(screen.getByText('Other section')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      /This section could not be shown.*Nothing saved in this browser was changed/,
    );
  });

  it('tries again when its reset keys change (another page)', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { rerender } = render(
      <ErrorBoundary label="This page" resetKeys={['/a']}>
        <Bad error={new Error('x')} />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toBeInTheDocument();
    rerender(
      <ErrorBoundary label="This page" resetKeys={['/b']}>
        <p>Fine</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText('Fine')).toBeInTheDocument();
  });

  it('a chunk that failed to load (after a deploy) asks for a reload', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const reload = vi.fn<() => void>();
    vi.stubGlobal('location', { ...window.location, reload });
    render(
      <ErrorBoundary label="This page" headingLevel={1}>
        <Bad
          error={
            new TypeError(
              'Failed to fetch dynamically imported module: https://x/assets/results-abc.js',
            )
          }
        />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/newer version/);
    expect(screen.getByRole('alert')).toHaveTextContent(/Everything saved in this browser is kept/);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Reload the page' }));
    expect(reload).toHaveBeenCalled();
    vi.unstubAllGlobals();
  });

  it('tells chunk failures from other errors', () => {
    expect(isChunkLoadError(new Error('Importing a module script failed.'))).toBe(true);
    expect(isChunkLoadError(new RangeError('Invalid time value'))).toBe(false);
  });
});
