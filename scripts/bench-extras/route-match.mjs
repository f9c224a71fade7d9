// Example extra measurement (see README.md here): how long the router takes to map a fragment to a
// screen. It has no budget; it shows how an extra loads app TypeScript and times it.

/**
 * @param {import('./types.d.mts').BenchContext} ctx
 * @returns {Promise<import('./types.d.mts').Measurement[]>}
 */
export async function measure(ctx) {
  const { matchRoute } = await ctx.loadTs('src/ui/routes.ts');
  if (typeof matchRoute !== 'function')
    throw new Error('src/ui/routes.ts no longer exports matchRoute');
  const paths = ['/', '/assess/company', '/results', 's/abc123', '/nowhere'];
  let i = 0;
  const value = ctx.timeMedianUs(() => matchRoute(paths[i++ % paths.length]));
  return [{ name: 'route-match', value, unit: 'µs' }];
}
