#!/usr/bin/env node
// Runs dependency-cruiser (`npm run lint:layers`, rules in .dependency-cruiser.cjs) with the
// TypeScript 5 compiler API it reads .ts/.tsx through. The project compiles with TypeScript 7, whose
// package has no JavaScript compiler API; dependency-cruiser 17 accepts `typescript` >=2 <7 and,
// without it, does not parse .ts files at all (0 dependencies found). So `typescript` is pointed at
// the `typescript-5` devDependency (an npm alias of typescript@5.9) for dependency-cruiser's own
// imports only. Remove this file when dependency-cruiser reads TypeScript 7 (its 18.x needs Node 22).
import Module, { register } from 'node:module';
import { fileURLToPath } from 'node:url';

const FROM_DEPCRUISE = /[\\/]node_modules[\\/]dependency-cruiser[\\/]/;
/** @param {string} specifier */
const aliased = (specifier) => specifier.replace(/^typescript(?=$|\/)/, 'typescript-5');

// CommonJS `require` (dependency-cruiser reads `typescript/package.json` to check the version).
// Module._resolveFilename is Node's internal (untyped) resolver; Node 20 has no public sync hook.
// oxlint-disable-next-line no-underscore-dangle
const resolveFilename = Module._resolveFilename;
// oxlint-disable-next-line no-underscore-dangle
Module._resolveFilename = function (request, parent, ...rest) {
  const from = parent?.filename ?? '';
  return resolveFilename.call(
    this,
    FROM_DEPCRUISE.test(from) ? aliased(request) : request,
    parent,
    ...rest,
  );
};

// ES module `import('typescript')`.
const hooks = `export async function resolve(specifier, context, next) {
  const fromDepcruise = ${FROM_DEPCRUISE}.test(context.parentURL ?? '');
  return next(fromDepcruise ? specifier.replace(/^typescript(?=$|\\/)/, 'typescript-5') : specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);

await import(
  fileURLToPath(
    new URL('../node_modules/dependency-cruiser/bin/dependency-cruise.mjs', import.meta.url),
  )
);
