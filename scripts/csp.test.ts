import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleShellScript, shellScriptPolicy } from './vite-static-shell.mjs';

const html = readFileSync(new URL('../index.html', import.meta.url), 'utf8');
const deploy = readFileSync(new URL('../docs/deploy.md', import.meta.url), 'utf8');

const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';

describe('Content-Security-Policy', () => {
  // The built index.html carries the source policy plus the hash of the static shell's inline
  // script (scripts/vite-static-shell.mjs); a host that sends the policy as a header must send
  // that same built policy, or the browser blocks the script.
  let built = '';
  beforeAll(async () => {
    built = shellScriptPolicy(
      meta,
      await bundleShellScript(fileURLToPath(new URL('..', import.meta.url))),
    );
  }, 60_000);

  it('lets the app make no requests at all (it has no server to talk to)', () => {
    expect(meta).toContain("connect-src 'none'");
    expect(meta).not.toMatch(/connect-src 'self'/);
  });

  it("allows no inline script but the static shell's own, by its hash", () => {
    expect(meta).toMatch(/script-src 'self';/);
    expect(built).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]{43}=';/);
    expect(/script-src[^;]*unsafe-inline/.test(built)).toBe(false);
  });

  it('every header example in docs/deploy.md is the built policy plus frame-ancestors', () => {
    const examples = [...deploy.matchAll(/Content-Security-Policy:? "?(default-src[^"\n]+)/g)].map(
      (m) => m[1]?.trim(),
    );
    expect(examples.length).toBeGreaterThanOrEqual(3);
    // When src/app/shell-boot.ts or shell-choice.ts changes, the hash changes: copy the expected
    // policy below into docs/deploy.md.
    for (const example of examples) expect(example).toBe(`${built}; frame-ancestors 'none'`);
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
