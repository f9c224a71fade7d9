// Engine speed: median microseconds per `evaluate(answers)` call, counterfactual search included,
// over 1,000 varied but valid company profiles (budget `evaluate` in bench-budgets.json).
//
// The domain is bundled and minified as the app ships it, then imported: timing it through Vite's
// dev loader (ctx.loadTs) measured the loader's per-import indirection as much as the engine,
// about twice the shipped cost.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

/**
 * @param {import('./types.d.mts').BenchContext} ctx
 * @returns {Promise<import('./types.d.mts').Measurement[]>}
 */
export async function measure(ctx) {
  const outDir = join(ctx.root, '.bench', 'domain-bundle');
  await build({
    root: ctx.root,
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      target: 'es2022',
      lib: { entry: join(ctx.root, 'src/domain/index.ts'), formats: ['es'], fileName: 'domain' },
    },
  });
  const domain = await import(pathToFileURL(join(outDir, 'domain.js')).href);
  const { decide, evaluate, sampleProfiles, SAMPLE_ANSWERS } = domain;
  if (typeof evaluate !== 'function' || typeof sampleProfiles !== 'function')
    throw new Error('src/domain/index.ts no longer exports evaluate and sampleProfiles');
  const profiles = sampleProfiles(1000, 42);
  let i = 0;
  const options = { warmup: 2000 };
  const varied = ctx.timeMedianUs(() => evaluate(profiles[i++ % profiles.length]), options);
  const sample = ctx.timeMedianUs(() => evaluate(SAMPLE_ANSWERS), options);
  // decide: the cheap call lists, compare and lever trials use (engine v2, issue 9).
  const decided = ctx.timeMedianUs(() => decide(profiles[i++ % profiles.length]), options);
  return [
    {
      name: 'evaluate',
      value: varied,
      unit: 'µs',
      note: 'median over 1,000 varied profiles, production bundle',
    },
    { name: 'evaluate (sample company)', value: sample, unit: 'µs', note: 'SAMPLE_ANSWERS' },
    { name: 'decide', value: decided, unit: 'µs', note: 'median over 1,000 varied profiles' },
  ];
}
