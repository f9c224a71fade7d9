import { describe, expect, it } from 'vitest';
import { matchRoute } from '../ui/routes';
import { presenterFrom, shellFor } from './shell-choice';

describe('shellFor', () => {
  it('shows the landing page for the bare address and #/', () => {
    expect(shellFor('')).toBe('landing');
    expect(shellFor('#')).toBe('landing');
    expect(shellFor('#/')).toBe('landing');
  });

  it('shows the first wizard step only where the router opens it', () => {
    for (const hash of ['#/assess/company', '#/assess/company?from=check&field=aes']) {
      expect(shellFor(hash)).toBe('wizard-company');
      expect(matchRoute(hash.slice(1))).toMatchObject({ name: 'wizard', step: 'company' });
    }
  });

  it('shows the neutral screen for every other route, so no wrong page flashes', () => {
    for (const hash of [
      '#s/12y.1i.0.0.c',
      '#/assess/deals',
      '#/assess/companyx',
      '#/results',
      '#/clients',
      '#/compare?a=1&b=2',
      '#/nowhere',
    ]) {
      expect(shellFor(hash)).toBe('other');
      const route = matchRoute(hash.slice(1));
      expect(
        route.name === 'landing' || (route.name === 'wizard' && route.step === 'company'),
      ).toBe(false);
    }
  });
});

describe('presenterFrom', () => {
  it('reads what the preferences store writes', () => {
    expect(presenterFrom(JSON.stringify({ state: { presenter: true }, version: 1 }))).toBe(true);
    expect(presenterFrom(JSON.stringify({ state: { presenter: false }, version: 1 }))).toBe(false);
  });

  it('treats missing or damaged data as presenter view off', () => {
    for (const raw of [
      null,
      '',
      '{',
      'null',
      '[]',
      '{"state":null}',
      '{"state":{"presenter":"yes"}}',
    ])
      expect(presenterFrom(raw)).toBe(false);
  });
});
