import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const html = readFileSync(new URL('../index.html', import.meta.url), 'utf8');
const deploy = readFileSync(new URL('../docs/deploy.md', import.meta.url), 'utf8');

const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';

describe('Content-Security-Policy', () => {
  it('lets the app make no requests at all (it has no server to talk to)', () => {
    expect(meta).toContain("connect-src 'none'");
    expect(meta).not.toMatch(/connect-src 'self'/);
  });

  it('every header example in docs/deploy.md is the meta policy plus frame-ancestors', () => {
    const examples = [...deploy.matchAll(/Content-Security-Policy:? "?(default-src[^"\n]+)/g)].map(
      (m) => m[1]?.trim(),
    );
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const example of examples) expect(example).toBe(`${meta}; frame-ancestors 'none'`);
  });
});

describe('robots.txt (Lighthouse cannot read it past our CSP, so it is checked here)', () => {
  const robots = readFileSync(new URL('../public/robots.txt', import.meta.url), 'utf8');

  it('is served from the site root and lets every crawler in', () => {
    const lines = robots
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#'));
    expect(lines[0]).toBe('User-agent: *');
    for (const line of lines) expect(line).toMatch(/^(User-agent|Allow|Disallow|Sitemap):/);
    expect(lines).toContain('Allow: /');
    expect(lines).not.toContain('Disallow: /');
  });
});
