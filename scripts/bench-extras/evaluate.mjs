// Engine speed: median microseconds per `evaluate(answers)` call, counterfactual search included,
// over 1,000 varied but valid company profiles (budget `evaluate` in bench-budgets.json).

/**
 * @param {import('./types.d.mts').BenchContext} ctx
 * @returns {Promise<import('./types.d.mts').Measurement[]>}
 */
export async function measure(ctx) {
  const domain = await ctx.loadTs('src/domain/index.ts');
  const { evaluate, sampleProfiles, SAMPLE_ANSWERS } = domain;
  if (typeof evaluate !== 'function' || typeof sampleProfiles !== 'function')
    throw new Error('src/domain/index.ts no longer exports evaluate and sampleProfiles');
  const profiles = sampleProfiles(1000, 42);
  let i = 0;
  const varied = ctx.timeMedianUs(() => evaluate(profiles[i++ % profiles.length]));
  const sample = ctx.timeMedianUs(() => evaluate(SAMPLE_ANSWERS));
  return [
    { name: 'evaluate', value: varied, unit: 'µs', note: 'median over 1,000 varied profiles' },
    { name: 'evaluate (sample company)', value: sample, unit: 'µs', note: 'SAMPLE_ANSWERS' },
  ];
}
