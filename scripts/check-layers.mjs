#!/usr/bin/env node
// Enforces the one-way layers of docs/decisions/001-layers-and-routing.md over src/**/*.{ts,tsx}:
// reads every file, parses its imports (scripts/layers.mjs), checks the rules and looks for cycles.
// Prints each violation and exits 1 if there is any. No dependencies, so it runs before `npm ci`
// has finished building anything.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkGraph, parseImports } from './layers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** @param {string} dir @returns {string[]} */
function walk(dir) {
  /** @type {string[]} */
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...walk(path));
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(path);
  }
  return files;
}

/** @type {import('./layers.d.mts').ImportGraph} */
const graph = {};
let importCount = 0;
for (const path of walk(join(root, 'src')).toSorted()) {
  const file = relative(root, path).split(sep).join('/');
  const imports = parseImports(readFileSync(path, 'utf8'));
  importCount += imports.length;
  graph[file] = imports;
}

const violations = checkGraph(graph);
const fileCount = Object.keys(graph).length;
if (violations.length === 0) {
  console.log(`check-layers: ${fileCount} files, ${importCount} imports, no violations.`);
  process.exit(0);
}

for (const v of violations) {
  const where = v.line === undefined ? v.file : `${v.file}:${v.line}`;
  if (v.cycle) {
    console.error(`${where}\n  ${v.rule}\n`);
  } else {
    const target = v.resolved ? ` (${v.resolved})` : '';
    console.error(`${where}\n  imports '${v.specifier}'${target}\n  breaks: ${v.rule}\n`);
  }
}
console.error(
  `check-layers: ${violations.length} violation${violations.length === 1 ? '' : 's'} in ${fileCount} files. ` +
    'The rules are in docs/decisions/001-layers-and-routing.md.',
);
process.exit(1);
