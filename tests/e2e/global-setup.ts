// Starts one headless Chromium for the whole e2e run; every spec file connects to it (support.ts,
// useBrowser) and gives each test its own browser context. Starting a browser per file cost a few
// seconds each on a busy 2-core machine, and parallel workers would have started several at once.
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROME_ARGS, findChrome } from '../../scripts/lib/chrome.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The WebSocket endpoint of the shared Chromium ('' when a spec must launch its own). */
    chromeWsEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await chromium.launchServer({
    executablePath: findChrome(),
    headless: true,
    args: [...CHROME_ARGS],
  });
  project.provide('chromeWsEndpoint', server.wsEndpoint());
  return async () => {
    await server.close();
  };
}
