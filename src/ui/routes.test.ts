import { describe, expect, it } from 'vitest';
import { matchRoute, pathTo, resultOrStep, type RouteTarget } from './routes';

describe('pathTo', () => {
  it('writes each screen as the address the router reads back', () => {
    const cases: [RouteTarget, string][] = [
      [{ name: 'landing' }, '/'],
      [{ name: 'results' }, '/results'],
      [{ name: 'quick' }, '/quick'],
      [{ name: 'roles' }, '/roles'],
      [{ name: 'clients' }, '/clients'],
      [{ name: 'wizard', step: 'company' }, '/assess/company'],
      [{ name: 'wizard', step: 'check' }, '/assess/check'],
      [
        { name: 'wizard', step: 'deals', from: 'check', field: 'acv' },
        '/assess/deals?from=check&field=acv',
      ],
      [{ name: 'wizard', step: 'capacity', from: 'results' }, '/assess/capacity?from=results'],
    ];
    for (const [target, path] of cases) {
      expect(pathTo(target)).toBe(path);
      expect(matchRoute(path).name).toBe(target.name);
    }
  });

  it('keeps the wizard step and its options through matchRoute', () => {
    const route = matchRoute(
      pathTo({ name: 'wizard', step: 'process', from: 'check', field: 'crm' }),
    );
    expect(route).toEqual({ name: 'wizard', step: 'process', query: 'from=check&field=crm' });
  });

  it('encodes compare ids, so an id with & or = cannot change the other side', () => {
    const path = pathTo({ name: 'compare', a: 'x&b=y', b: 'whatif' });
    const route = matchRoute(path);
    if (route.name !== 'compare') throw new Error(`expected compare, got ${route.name}`);
    const params = new URLSearchParams(route.query);
    expect(params.get('a')).toBe('x&b=y');
    expect(params.get('b')).toBe('whatif');
  });
});

describe('resultOrStep', () => {
  it('is the result page for "results" and the wizard screen otherwise', () => {
    expect(pathTo(resultOrStep('results'))).toBe('/results');
    expect(pathTo(resultOrStep('check'))).toBe('/assess/check');
    expect(pathTo(resultOrStep('lead-flow'))).toBe('/assess/lead-flow');
  });
});

describe('matchRoute', () => {
  it('reads share links and unknown addresses', () => {
    expect(matchRoute('s/abc.def')).toEqual({ name: 'shared', code: 'abc.def' });
    expect(matchRoute('')).toEqual({ name: 'landing' });
    expect(matchRoute('/nowhere')).toEqual({ name: 'not-found', path: '/nowhere' });
    expect(matchRoute('/assess/Company')).toEqual({ name: 'not-found', path: '/assess/Company' });
  });
});
