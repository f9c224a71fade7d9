// Records oxlint's optional platform bindings in package-lock.json when `npm install` left them out.
//
// Why: the registry mirror these machines use lacks most of oxlint's per-platform binaries, so npm
// drops those optional packages from the lock, and `npm ci` then refuses the lock as out of sync.
// Each entry written here carries its os/cpu/libc, so npm skips it on other platforms and resolves
// it from the registry by version on the platform that needs it. Run after changing oxlint's version:
//   node scripts/complete-lockfile.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const packages = lock.packages;
const oxlint = packages['node_modules/oxlint'];
if (!oxlint) throw new Error('oxlint is not in package-lock.json');

const added = [];
for (const [name, version] of Object.entries(oxlint.optionalDependencies ?? {})) {
  const key = `node_modules/${name}`;
  if (packages[key]) continue;
  const match = /binding-([a-z0-9]+)-([a-z0-9]+)(?:-([a-z]+))?$/.exec(name);
  if (!match) throw new Error(`Unexpected binding name ${name}`);
  const [, os, cpu, abi] = match;
  const entry = { version, cpu: [cpu], dev: true };
  if (abi === 'gnu' || abi === 'gnueabihf') entry.libc = ['glibc'];
  if (abi === 'musl' || abi === 'musleabihf') entry.libc = ['musl'];
  Object.assign(entry, { license: 'MIT', optional: true, os: [os] });
  packages[key] = entry;
  added.push(name);
}

// npm keeps the root entry first and the rest sorted; match it so diffs stay small.
lock.packages = Object.fromEntries(
  Object.entries(packages).toSorted(([a], [b]) =>
    a === '' ? -1 : b === '' ? 1 : a.localeCompare(b),
  ),
);
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(
  added.length ? `Added ${added.length} entries: ${added.join(', ')}` : 'Lock already complete.',
);
