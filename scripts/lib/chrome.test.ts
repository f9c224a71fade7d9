import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HEADLESS_SHELL_CANDIDATES, findChrome, findTestChrome } from './chrome.mjs';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('findTestChrome (the e2e browser)', () => {
  it('takes E2E_CHROME_PATH first, and says so when nothing is there', () => {
    vi.stubEnv('E2E_CHROME_PATH', process.execPath); // any file that exists
    vi.stubEnv('CHROME_PATH', '/nowhere/chrome');
    expect(findTestChrome()).toBe(process.execPath);
    vi.stubEnv('E2E_CHROME_PATH', '/nowhere/chromium-headless-shell');
    expect(() => findTestChrome()).toThrow(/E2E_CHROME_PATH is set to \/nowhere/);
  });

  it('keeps the browser CHROME_PATH names over the headless shell', () => {
    vi.stubEnv('E2E_CHROME_PATH', '');
    vi.stubEnv('CHROME_PATH', process.execPath);
    expect(findTestChrome()).toBe(process.execPath);
  });

  it('prefers an installed headless shell, else the full browser', () => {
    vi.stubEnv('E2E_CHROME_PATH', '');
    vi.stubEnv('CHROME_PATH', '');
    const shell = HEADLESS_SHELL_CANDIDATES.find((path) => existsSync(path));
    expect(findTestChrome()).toBe(shell ?? findChrome());
  });
});
