// Share-link length: the whole URL of a complete assessment on the default host path
// (budget `share-url-length`), plus the worst case with an 80-character company name (reported).

/**
 * @param {import('./types.d.mts').BenchContext} ctx
 * @returns {Promise<import('./types.d.mts').Measurement[]>}
 */
export async function measure(ctx) {
  const { measureShareUrl } = await ctx.loadTs('src/share/bench-sample.ts');
  if (typeof measureShareUrl !== 'function')
    throw new Error('src/share/bench-sample.ts no longer exports measureShareUrl');
  const { typical, longName } = measureShareUrl();
  return [
    { name: 'share-url-length', value: typical.length, unit: 'chars', note: typical.url },
    {
      name: 'share-url-length (80-char name)',
      value: longName.length,
      unit: 'chars',
      note: 'reported, no budget',
    },
  ];
}
