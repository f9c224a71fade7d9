#!/usr/bin/env node
// Runs the e2e specs (tests/e2e/*.spec.ts) against the built app:
//   1. builds dist/ if it is missing or older than the sources (`npm test` has just built it),
//   2. serves it with `vite preview` on a free port,
//   3. runs vitest with tests/e2e/vitest.e2e.config.ts, the server's URL in E2E_BASE_URL,
//   4. always stops the server, and exits with vitest's exit code.
// Extra arguments go to vitest: `npm run test:e2e -- smoke` runs only smoke.spec.ts.
// With E2E_BASE_URL already set, it skips 1 and 2 and tests that server instead.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT, build, distIsStale, startPreview } from '../../scripts/lib/preview.mjs';

const vitestBin = join(
  createRequire(import.meta.url).resolve('vitest/package.json'),
  '..',
  'vitest.mjs',
);
const config = join(ROOT, 'tests', 'e2e', 'vitest.e2e.config.ts');

/** @type {import('../../scripts/lib/preview.mjs').PreviewServer | undefined} */
let server;
/** @type {import('node:child_process').ChildProcess | undefined} */
let vitest;

async function shutdown(/** @type {NodeJS.Signals} */ signal) {
  vitest?.kill(signal);
  await server?.stop();
  process.exit(signal === 'SIGINT' ? 130 : 143);
}
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
  process.once(signal, () => void shutdown(signal));
}

let exitCode = 1;
try {
  let baseUrl = process.env.E2E_BASE_URL;
  if (baseUrl) {
    console.log(`e2e: testing ${baseUrl} (E2E_BASE_URL is set; not building or serving)`);
  } else {
    if (distIsStale()) {
      console.log('e2e: dist/ is missing or older than the sources; building…');
      await build();
    }
    server = await startPreview();
    baseUrl = server.url;
    console.log(`e2e: serving dist/ at ${baseUrl}`);
  }

  exitCode = await new Promise((resolve, reject) => {
    vitest = spawn(
      process.execPath,
      [vitestBin, 'run', '--config', config, ...process.argv.slice(2)],
      {
        cwd: ROOT,
        stdio: 'inherit',
        env: { ...process.env, E2E_BASE_URL: baseUrl },
      },
    );
    vitest.on('error', reject);
    vitest.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
} catch (error) {
  console.error(`e2e: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  await server?.stop();
}
process.exit(exitCode);
