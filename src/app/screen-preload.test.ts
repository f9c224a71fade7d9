// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { matchRoute, type Route } from '../ui/routes';
import { preloadScreenCode, screenCodeFor, screenFiles, type ScreenCode } from './screen-preload';

/** What src/app/screens.ts preloadRoute loads for each route, by screen code. */
const CODE_FOR_ROUTE: Record<Route['name'], ScreenCode | undefined> = {
  landing: undefined,
  wizard: 'wizard',
  results: 'results',
  roles: 'results',
  quick: 'quick',
  clients: 'workspace',
  compare: 'workspace',
  shared: 'shared',
  'not-found': undefined,
};

const LIST =
  'wizard:./assets/wizard-1.js ./assets/store-2.js|shared:./assets/page-3.js ./assets/engine-4.js';

describe('screenCodeFor', () => {
  it('agrees with the router for every kind of address', () => {
    for (const hash of [
      '',
      '#',
      '#/',
      '#/assess/company',
      '#/assess/deals?from=check&field=acv',
      '#/assess/check',
      '#/assess/Company',
      '#/results',
      '#/results/',
      '#/roles',
      '#/quick',
      '#/clients',
      '#/compare',
      '#/compare?a=1&b=whatif',
      '#/comparex',
      '#s/12y.1i.0.0.c',
      '#s/',
      '#/s/12y',
      '#/nowhere',
    ]) {
      const path = hash.replace(/^#/, '') || '/';
      expect([hash, screenCodeFor(hash)]).toEqual([hash, CODE_FOR_ROUTE[matchRoute(path).name]]);
    }
  });
});

describe('preloadScreenCode', () => {
  it("adds one module preload per file of the address's screen", () => {
    document.head.replaceChildren();
    preloadScreenCode(document, '#s/12y.1i', LIST);
    const links = [...document.head.querySelectorAll('link')];
    expect(links.map((link) => [link.rel, link.getAttribute('href'), link.crossOrigin])).toEqual([
      ['modulepreload', './assets/page-3.js', ''],
      ['modulepreload', './assets/engine-4.js', ''],
    ]);
  });

  it('adds nothing for the landing page, a screen not listed, or no list at all', () => {
    document.head.replaceChildren();
    preloadScreenCode(document, '#/', LIST);
    preloadScreenCode(document, '#/quick', LIST);
    preloadScreenCode(document, '#/assess/company', undefined);
    preloadScreenCode(document, '#/assess/company', '');
    expect(document.head.children).toHaveLength(0);
  });

  it('reads a damaged list as files or as nothing, never throwing', () => {
    expect(screenFiles('wizard', 'wizard')).toEqual([]);
    expect(screenFiles('wizard:', 'wizard')).toEqual([]);
    expect(screenFiles('||wizard:a.js  b.js|', 'wizard')).toEqual(['a.js', 'b.js']);
    expect(screenFiles(':::', 'shared')).toEqual([]);
  });
});
