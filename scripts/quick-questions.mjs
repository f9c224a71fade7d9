#!/usr/bin/env node
// Prints the quick check's question-choice analysis (docs/decisions/008-quick-check-questions.md):
// the flip ranking of every answer and the greedy choice of the questions that settle the verdict,
// over realistic profiles plus the scenario fixtures, run on the engine itself.
//
//   node scripts/quick-questions.mjs [--profiles N] [--count K] [--seed S] [--json]
//
// Loads the TypeScript domain through Vite's SSR loader, so it always runs the current engine.
import { parseArgs } from 'node:util';
import { createServer } from 'vite';

const { values: options } = parseArgs({
  options: {
    profiles: { type: 'string', default: '600' },
    count: { type: 'string', default: '10' },
    seed: { type: 'string', default: '14' },
    json: { type: 'boolean', default: false },
  },
});

const server = await createServer({
  server: { middlewareMode: true, hmr: false, ws: false },
  appType: 'custom',
  logLevel: 'error',
});
try {
  const quick = await server.ssrLoadModule('/src/domain/quick/index.ts');
  const engine = await server.ssrLoadModule('/src/domain/quick/engine-verdict.ts');
  const fixtures = await server.ssrLoadModule('/src/domain/quick/fixture-profiles.ts');
  const decide = engine.decideVerdict;
  const profiles = [
    ...quick.realisticProfiles(Number(options.profiles), Number(options.seed)),
    ...fixtures.fixtureProfiles(),
  ];
  const started = performance.now();
  const report = quick.questionChoiceReport(decide, profiles, {
    count: Number(options.count),
    fixed: ['currency'],
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (options.json) console.log(JSON.stringify(report, null, 2));
  else console.log(`${quick.formatReport(report)}\n\n(${engine.ENGINE_NAME}, ${seconds} s)`);
} finally {
  await server.close();
}
