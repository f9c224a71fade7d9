// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PREFERENCES_KEY, usePreferencesStore } from '../store/preferences';
import { HeaderControlsStandIn } from './app';
import { AppControls } from './app-controls';
import { keepEarlyKeys, takeEarlyKeys } from './early-keys';
import { WORKSPACE_KEY } from '../store/workspace-key';
import { SHORTCUTS } from './shortcuts';

// jsdom has no modal dialogs; this stand-in keeps the `open` attribute and the close event, which is
// all the component relies on. Real modal behaviour (focus trap, Escape) is covered in Chromium e2e.
function showModalStandIn(this: HTMLDialogElement) {
  this.setAttribute('open', '');
}
function closeStandIn(this: HTMLDialogElement) {
  this.removeAttribute('open');
  this.dispatchEvent(new Event('close'));
}
if (!HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = showModalStandIn;
  HTMLDialogElement.prototype.close = closeStandIn;
}

beforeEach(() => {
  localStorage.clear();
  usePreferencesStore.setState({ presenter: false });
  window.location.hash = '';
});
afterEach(() => {
  document.body.innerHTML = '';
});

/** The keys the open shortcuts dialog lists, in order. */
const listed = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.querySelector('kbd')?.textContent);

function renderWith(extra?: React.ReactNode) {
  return render(
    <>
      <AppControls />
      {extra}
    </>,
  );
}

describe('keyboard shortcuts help', () => {
  it('opens with ? and lists only the keys that work on this page', async () => {
    const user = userEvent.setup();
    // A page with a what-if field, and nothing to export or compare.
    renderWith(<input aria-label="Opportunities" data-shortcut="what-if" />);
    await user.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog).toHaveAttribute('open');
    const keys = screen
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.querySelector('kbd')?.textContent);
    // Nothing saved in this browser: no result or answers for r, k and 1–5 to open.
    expect(keys).toEqual(['?', 'p', 'a', 'w']);
    expect(keys).not.toContain('x');
    expect(keys).not.toContain('m');
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(dialog).not.toHaveAttribute('open');
  });

  it('lists r, k and 1–5 once an assessment is saved, and not on a shared result', async () => {
    const user = userEvent.setup();
    localStorage.setItem(WORKSPACE_KEY, '{}');
    renderWith();
    await user.keyboard('?');
    const routeKeys = SHORTCUTS.filter((s) => s.action.kind !== 'element').map((s) => s.key);
    expect(listed()).toEqual(routeKeys);
    expect(routeKeys).toEqual(expect.arrayContaining(['r', 'k', '1', '5']));
    await user.click(screen.getByRole('button', { name: 'Close' }));

    window.location.hash = '#s/abc';
    await user.keyboard('?');
    expect(listed()).toEqual(['?', 'p', 'a']);
  });

  it('opens from the header button too', async () => {
    const user = userEvent.setup();
    renderWith();
    await user.click(screen.getByRole('button', { name: 'Shortcuts' }));
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveAttribute('open');
  });
});

describe('presenter view', () => {
  it('toggles with the button and with p, marks the page and survives a reload', async () => {
    const user = userEvent.setup();
    renderWith();
    const toggle = screen.getByRole('button', { name: 'Presenter view' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.dataset.presenter).toBe('on');
    expect(JSON.parse(localStorage.getItem(PREFERENCES_KEY) ?? '{}').state).toMatchObject({
      presenter: true,
    });
    await act(async () => {
      await usePreferencesStore.persist.rehydrate();
    });
    expect(usePreferencesStore.getState().presenter).toBe(true);
    await user.keyboard('p');
    expect(document.documentElement.dataset.presenter).toBe('off');
  });

  it('keeps "prepared by" in the same preferences and drops what is not text', async () => {
    localStorage.setItem(
      PREFERENCES_KEY,
      '{"state":{"presenter":false,"preparedBy":{"name":"Ana","firm":42}},"version":1}',
    );
    await act(async () => {
      await usePreferencesStore.persist.rehydrate();
    });
    expect(usePreferencesStore.getState().preparedBy).toEqual({
      name: 'Ana',
      firm: '',
      contact: '',
    });
  });

  it('ignores a corrupt saved preference', async () => {
    localStorage.setItem(PREFERENCES_KEY, '{"state":{"presenter":"yes"},"version":1}');
    await act(async () => {
      await usePreferencesStore.persist.rehydrate();
    });
    expect(usePreferencesStore.getState().presenter).toBe(false);
  });
});

describe('shortcuts that act on the page', () => {
  it('route keys navigate', async () => {
    const user = userEvent.setup();
    localStorage.setItem(WORKSPACE_KEY, '{}');
    renderWith();
    await user.keyboard('a');
    expect(window.location.hash).toBe('#/clients');
    await user.keyboard('3');
    expect(window.location.hash).toBe('#/assess/process');
  });

  it('focuses a marked field and clicks a marked button', async () => {
    const user = userEvent.setup();
    let clicked = 0;
    renderWith(
      <>
        <label>
          Search
          <input data-shortcut="search" />
        </label>
        <button type="button" data-shortcut="copy-link" onClick={() => (clicked += 1)}>
          Copy link
        </button>
      </>,
    );
    await user.keyboard('/');
    expect(screen.getByLabelText('Search')).toHaveFocus();
    // Typing in a field must type, not trigger shortcuts.
    await user.keyboard('c');
    expect(screen.getByLabelText('Search')).toHaveValue('c');
    expect(clicked).toBe(0);
    screen.getByLabelText('Search').blur();
    await user.keyboard('c');
    expect(clicked).toBe(1);
  });

  it('says where a shortcut works when this page has nothing for it', async () => {
    const user = userEvent.setup();
    renderWith();
    await user.keyboard('c');
    expect(screen.getByRole('status')).toHaveTextContent(
      '“Copy the share link” is not available on this page; it works on: Result.',
    );
  });

  it('keeps a shared result on screen when r is pressed, and says why', async () => {
    const user = userEvent.setup();
    localStorage.setItem(WORKSPACE_KEY, '{}');
    window.location.hash = '#s/abc';
    renderWith();
    await user.keyboard('r');
    expect(window.location.hash).toBe('#s/abc');
    expect(screen.getByRole('status')).toHaveTextContent(
      '“Go to the result” is not available on this page; it works on: With your own assessment saved in this browser.',
    );
  });

  it('leaves modified keys to the browser', async () => {
    const user = userEvent.setup();
    renderWith();
    await user.keyboard('{Control>}a{/Control}');
    expect(window.location.hash).toBe('');
  });
});

function press(key: string, init: KeyboardEventInit = {}, target: EventTarget = document.body) {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, ...init }));
}

describe('keys pressed before the shortcuts load', () => {
  // The header's controls load just after the first screen; what a user does then still counts.
  beforeEach(() => {
    takeEarlyKeys();
    keepEarlyKeys();
  });
  afterEach(() => {
    takeEarlyKeys();
  });

  it('turns presenter view on when p was pressed while the controls were loading', () => {
    press('p');
    expect(usePreferencesStore.getState().presenter).toBe(false);
    render(<AppControls />);
    expect(usePreferencesStore.getState().presenter).toBe(true);
  });

  it('opens the shortcuts list when ? was pressed while loading', () => {
    press('?');
    render(<AppControls />);
    expect(
      screen.getByRole('dialog', { name: 'Keyboard shortcuts', hidden: true }),
    ).toHaveAttribute('open');
  });

  it('keeps nothing typed into a field, or pressed with Ctrl, Alt or Cmd', () => {
    const field = document.createElement('input');
    document.body.append(field);
    press('p', {}, field);
    press('p', { ctrlKey: true });
    press('p', { altKey: true });
    press('p', { metaKey: true });
    render(<AppControls />);
    expect(usePreferencesStore.getState().presenter).toBe(false);
  });

  it('does a stand-in button click once the real controls arrive', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<HeaderControlsStandIn />);
    await user.click(screen.getByRole('button', { name: 'Presenter view' }));
    unmount();
    render(<AppControls />);
    expect(usePreferencesStore.getState().presenter).toBe(true);
  });

  it('hands each kept key over once: a later mount does not replay it', () => {
    press('p');
    const first = render(<AppControls />);
    first.unmount();
    render(<AppControls />);
    expect(usePreferencesStore.getState().presenter).toBe(true);
  });
});
