// The layer rules of docs/decisions/001-layers-and-routing.md as pure functions: no file system, so
// scripts/layers.test.ts can feed them small synthetic graphs. scripts/check-layers.mjs does the I/O.

/** Packages only test files may import, on top of what their folder allows. */
const TEST_PACKAGES = ['vitest', '@testing-library/*', 'fast-check'];

/** Extensions tried, in order, when a relative specifier names no file exactly. */
const SOURCE_EXTENSIONS = ['.ts', '.tsx'];
const INDEX_FILES = ['index.ts', 'index.tsx'];

// ---------------------------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------------------------

/** Replaces every character but newlines with a space. @param {string} s */
const blank = (s) => s.replace(/[^\n]/g, ' ');

/**
 * Blanks out comments and the contents of strings and template literals, keeping every newline and
 * the length of the text, so the regular expressions below can neither match inside a comment nor
 * be fooled by a string that happens to read `import x from 'y'`. String *contents* are kept in
 * `strings` by start offset, because specifiers live inside strings.
 *
 * This is a tokenizer, not a parser: it knows enough about regex literals and JSX text for the
 * code in this repo (JSX text such as `team's` opens a quote that closes at the end of the line,
 * since a real '- or "-string cannot span lines).
 * @param {string} source
 */
function mask(source) {
  let out = '';
  /** @type {Map<number, string>} */
  const strings = new Map();
  let i = 0;
  const n = source.length;

  while (i < n) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      const end = source.indexOf('\n', i);
      const stop = end === -1 ? n : end;
      out += blank(source.slice(i, stop));
      i = stop;
      continue;
    }
    if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end === -1 ? n : end + 2;
      out += blank(source.slice(i, stop));
      i = stop;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < n) {
        const d = source[j];
        if (d === '\\') {
          j += 2;
          continue;
        }
        if (d === c) break;
        if (d === '\n' && c !== '`') break;
        // Template substitutions (`${...}`) are rare around imports; treat them as string text.
        j++;
      }
      strings.set(i, source.slice(i + 1, Math.min(j, n)));
      const closed = j < n && source[j] === c;
      out += c + blank(source.slice(i + 1, Math.min(j, n))) + (closed ? c : '');
      i = closed ? j + 1 : j;
      continue;
    }
    if (c === '/' && startsRegex(out)) {
      let j = i + 1;
      let inClass = false;
      while (j < n && source[j] !== '\n') {
        const d = source[j];
        if (d === '\\') {
          j += 2;
          continue;
        }
        if (d === '[') inClass = true;
        else if (d === ']') inClass = false;
        else if (d === '/' && !inClass) break;
        j++;
      }
      const stop = Math.min(j + 1, n);
      out += '/' + blank(source.slice(i + 1, stop - 1)) + (source[stop - 1] === '/' ? '/' : '');
      i = stop;
      continue;
    }
    out += c;
    i++;
  }
  return { text: out, strings };
}

const KEYWORDS_BEFORE_EXPRESSION = new Set([
  'return',
  'typeof',
  'case',
  'do',
  'else',
  'in',
  'of',
  'void',
  'yield',
  'await',
  'delete',
  'throw',
  'new',
]);

/**
 * Whether a `/` after the masked text so far starts a regex literal rather than a division: the
 * usual heuristic on the previous significant token. Strings and regexes already seen end in a
 * quote or `/` in the masked text, which count as values (division follows a value).
 * @param {string} before
 */
function startsRegex(before) {
  const tail = before.slice(-40).trimEnd();
  const prev = tail.at(-1);
  if (prev === undefined) return true;
  if (/[\w$]/.test(prev)) return KEYWORDS_BEFORE_EXPRESSION.has(/[\w$]+$/.exec(tail)?.[0] ?? '');
  return !/[)\]}'"`/]/.test(prev);
}

/**
 * Finds the import specifiers of one TypeScript/TSX module: static `import ... from '...'` and
 * `import '...'`, `export ... from '...'`, and dynamic `import('...')` with a literal argument.
 * Statement-level `import type` / `export type` are marked `typeOnly` (erased by TypeScript, so they
 * are ignored when looking for cycles, but still obey the layer rules).
 * @param {string} source
 * @returns {import('./layers.d.mts').ImportRecord[]}
 */
export function parseImports(source) {
  const { text, strings } = mask(source);
  /** @type {import('./layers.d.mts').ImportRecord[]} */
  const found = [];
  const lineAt = (/** @type {number} */ offset) => text.slice(0, offset).split('\n').length;
  const specAt = (/** @type {number} */ quoteOffset) => strings.get(quoteOffset);

  // Declarations: at the start of a statement. The clause between the keyword and `from` holds only
  // names, braces, commas, `*`, `as`, `type` and whitespace (strings are already blanked).
  const declaration =
    /(^|[;{}])\s*(import|export)(\s+type)?\s*((?:(?!\b(?:import|export)\b)[\w$*{},\s])*?\s*from\s*)?(['"])/gm;
  for (const m of text.matchAll(declaration)) {
    const keyword = m[2];
    const clause = m[4];
    // `export` needs a `from`; `export const x = '...'` is not a re-export.
    if (keyword === 'export' && !clause) continue;
    if (keyword === 'import' && !clause && m[3]) continue;
    const quote = (m.index ?? 0) + m[0].length - 1;
    const specifier = specAt(quote);
    if (specifier === undefined) continue;
    found.push({
      specifier,
      kind: keyword === 'import' ? 'import' : 'export',
      typeOnly: Boolean(m[3]),
      line: lineAt(quote),
    });
  }

  const dynamic = /(^|[^\w$.])import\s*\(\s*(['"`])/g;
  for (const m of text.matchAll(dynamic)) {
    const quote = (m.index ?? 0) + m[0].length - 1;
    const specifier = specAt(quote);
    if (specifier === undefined || specifier.includes('${')) continue;
    // `typeof import('x')` is a type, erased at build time.
    const typeOnly = /\btypeof\s*$/.test(
      text.slice(Math.max(0, (m.index ?? 0) - 20), (m.index ?? 0) + 1),
    );
    found.push({ specifier, kind: 'dynamic', typeOnly, line: lineAt(quote) });
  }
  return found.toSorted((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

// ---------------------------------------------------------------------------------------------
// Resolution
// ---------------------------------------------------------------------------------------------

/**
 * Normalises a POSIX path: collapses `.` and `..`, drops a trailing slash.
 * @param {string} path
 */
export function normalizePath(path) {
  const parts = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

/** @param {string} file */
function dirname(file) {
  const i = file.lastIndexOf('/');
  return i === -1 ? '' : file.slice(0, i);
}

/**
 * Resolves a specifier from `fromFile` the way Vite and TypeScript's `bundler` resolution do for
 * this repo: relative (`./`, `../`) and root-absolute (`/src/...`) paths become project paths, with
 * `.ts`, `.tsx`, `/index.ts`, `/index.tsx` tried in turn (and `.js` mapped to `.ts`). Anything else
 * is a package.
 * @param {string} fromFile project-relative POSIX path, e.g. `src/app/app.tsx`
 * @param {string} specifier
 * @param {(path: string) => boolean} isSourceFile whether a project path is a known source file
 * @returns {import('./layers.d.mts').Resolved}
 */
export function resolveSpecifier(fromFile, specifier, isSourceFile) {
  const bare = specifier.replace(/[?#].*$/, '');
  if (bare.startsWith('node:')) return { type: 'package', name: bare };
  if (!bare.startsWith('.') && !bare.startsWith('/')) {
    const parts = bare.split('/');
    const name = bare.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? bare);
    return { type: 'package', name, subpath: bare };
  }
  const base = normalizePath(bare.startsWith('/') ? bare : `${dirname(fromFile)}/${bare}`);
  const candidates = [base];
  for (const ext of SOURCE_EXTENSIONS) candidates.push(base + ext);
  const js = /\.(m?)jsx?$/.exec(base);
  if (js) {
    const stem = base.slice(0, -js[0].length);
    candidates.push(`${stem}.${js[1]}ts`, `${stem}.${js[1]}tsx`, `${stem}.ts`, `${stem}.tsx`);
  }
  for (const index of INDEX_FILES) candidates.push(`${base}/${index}`);
  for (const candidate of candidates) {
    if (isSourceFile(candidate)) return { type: 'source', path: candidate };
  }
  // `./styles.css`, `./logo.svg`, `./data.json`: assets outside the TypeScript graph. They still
  // obey the layer rules (a feature must not reach into another feature's CSS either).
  if (/\.[a-z0-9]+$/i.test(base) && !/\.(m|c)?[jt]sx?$/.test(base))
    return { type: 'asset', path: base };
  return { type: 'unresolved', path: base };
}

// ---------------------------------------------------------------------------------------------
// Rules
// ---------------------------------------------------------------------------------------------

/**
 * Which layer a project path belongs to.
 * @param {string} path
 * @returns {import('./layers.d.mts').Place}
 */
export function placeOf(path) {
  const m = /^src\/(domain|share|store|ui|app|features)(?:\/|$)(.*)$/.exec(path);
  const isTest = /\.(test|spec)\.[cm]?[jt]sx?$/.test(path);
  if (!m) return { layer: path.startsWith('src/') ? 'src' : 'outside', isTest };
  const layer = /** @type {import('./layers.d.mts').Layer} */ (m[1]);
  if (layer !== 'features') return { layer, isTest };
  const rest = m[2] ?? '';
  const slash = rest.indexOf('/');
  // A file directly in src/features/ belongs to no feature.
  return { layer, feature: slash === -1 ? undefined : rest.slice(0, slash), isTest };
}

/**
 * @param {string} name package name or subpath, e.g. `zustand/middleware`
 * @param {readonly string[]} patterns e.g. `zod`, `zustand`, `@testing-library/*`
 */
function packageAllowed(name, patterns) {
  return patterns.some((p) =>
    p.endsWith('/*') ? name.startsWith(p.slice(0, -1)) : name === p || name.startsWith(`${p}/`),
  );
}

/**
 * The rule for each layer: which packages and which layers' files it may import. `null` packages
 * means any package. Own-layer imports are always allowed, except between features (below).
 * @type {Record<string, { rule: string; packages: readonly string[] | null; layers: readonly string[] }>}
 */
const LAYER_RULES = {
  domain: {
    rule: 'src/domain imports only zod and src/domain',
    packages: ['zod'],
    layers: ['domain'],
  },
  share: {
    rule: 'src/share imports only zod, src/domain and src/share',
    packages: ['zod'],
    layers: ['domain', 'share'],
  },
  store: {
    rule: 'src/store imports only zustand, zod, src/domain, src/share and src/store',
    packages: ['zustand', 'zod'],
    layers: ['domain', 'share', 'store'],
  },
  ui: {
    rule: 'src/ui imports no file from src/features, src/app, src/store or src/share',
    packages: null,
    layers: ['domain', 'ui', 'src'],
  },
  features: {
    rule: 'src/features/<x> imports only src/domain, src/share, src/store, src/ui, its own folder and other features through their index.ts',
    packages: null,
    layers: ['domain', 'share', 'store', 'ui', 'features'],
  },
  app: {
    rule: 'src/app may import anything in src',
    packages: null,
    layers: ['domain', 'share', 'store', 'ui', 'features', 'app', 'src'],
  },
  src: {
    rule: 'nothing outside src/app imports src/app',
    packages: null,
    layers: ['domain', 'share', 'store', 'ui', 'features', 'src'],
  },
};

/**
 * Checks one import against the layer rules.
 * @param {string} file
 * @param {import('./layers.d.mts').ImportRecord} record
 * @param {import('./layers.d.mts').Resolved} target
 * @returns {string | null} the rule broken, or null
 */
function ruleBroken(file, record, target) {
  const from = placeOf(file);
  const rules = LAYER_RULES[from.layer];
  if (!rules) return null;

  if (target.type === 'package') {
    if (rules.packages === null) return null;
    if (packageAllowed(target.subpath ?? target.name, rules.packages)) return null;
    if (from.isTest && packageAllowed(target.subpath ?? target.name, TEST_PACKAGES)) return null;
    return `${rules.rule}${from.isTest ? ' (tests may also import vitest, @testing-library/*, fast-check)' : ''}; '${target.name}' is a package it may not use`;
  }
  if (target.type === 'unresolved') {
    return `cannot resolve '${record.specifier}' to a file under src (tried .ts, .tsx, /index.ts, /index.tsx)`;
  }

  const to = placeOf(target.path);
  if (to.layer === 'outside')
    return `src files import only src files and packages; ${target.path} is outside src`;
  if (to.layer === 'app' && from.layer !== 'app') return LAYER_RULES.src?.rule ?? 'app';
  if (!rules.layers.includes(to.layer) && to.layer !== from.layer) return rules.rule;

  if (from.layer === 'features' && to.layer === 'features' && from.feature !== to.feature) {
    const publicApi = INDEX_FILES.map((index) => `src/features/${to.feature}/${index}`);
    if (to.feature === undefined || !publicApi.includes(target.path)) {
      return `a feature imports another feature only through its index.ts; use '${relativeTo(file, `src/features/${to.feature ?? ''}`)}' instead of reaching into ${target.path}`;
    }
  }
  return null;
}

/**
 * A relative specifier from `file` to `target`, for helpful messages.
 * @param {string} file
 * @param {string} target
 */
function relativeTo(file, target) {
  const from = dirname(file).split('/');
  const to = target.split('/');
  let common = 0;
  while (common < from.length && from[common] === to[common]) common++;
  const up = from.length - common;
  const rel = [...Array(up).fill('..'), ...to.slice(common)].join('/');
  return up === 0 ? `./${rel}` : rel;
}

/**
 * Checks an import graph against the layer rules and for cycles.
 *
 * @param {import('./layers.d.mts').ImportGraph} graph project-relative POSIX path of every source
 *   file (`src/domain/engine.ts`) → its imports (a specifier string is shorthand for a value import)
 * @returns {import('./layers.d.mts').Violation[]} sorted by file and line; empty when clean
 */
export function checkGraph(graph) {
  const files = new Set(Object.keys(graph).map(normalizePath));
  const isSourceFile = (/** @type {string} */ p) => files.has(p);
  /** @type {import('./layers.d.mts').Violation[]} */
  const violations = [];
  /** @type {Map<string, Set<string>>} runtime edges, for cycle detection */
  const edges = new Map();

  for (const [rawFile, imports] of Object.entries(graph)) {
    const file = normalizePath(rawFile);
    const out = new Set();
    edges.set(file, out);
    for (const entry of imports) {
      const record =
        typeof entry === 'string' ? { specifier: entry, kind: 'import', typeOnly: false } : entry;
      const target = resolveSpecifier(file, record.specifier, isSourceFile);
      const rule = ruleBroken(file, record, target);
      if (rule) {
        violations.push({
          file,
          line: record.line,
          specifier: record.specifier,
          resolved: target.type === 'source' || target.type === 'asset' ? target.path : undefined,
          rule,
        });
      }
      if (target.type === 'source' && !record.typeOnly) out.add(target.path);
    }
  }

  for (const cycle of findCycles(edges)) {
    const first = cycle[0] ?? '';
    violations.push({
      file: first,
      specifier: cycle[1] ?? first,
      rule: `import cycle: ${[...cycle, first].join(' → ')}`,
      cycle,
    });
  }

  return violations.toSorted(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
  );
}

/**
 * One concrete cycle per strongly connected component (Tarjan), so a tangle of ten files is one
 * message, not hundreds.
 * @param {Map<string, Set<string>>} edges
 * @returns {string[][]}
 */
export function findCycles(edges) {
  let counter = 0;
  /** @type {Map<string, number>} */
  const index = new Map();
  /** @type {Map<string, number>} */
  const low = new Map();
  /** @type {string[]} */
  const stack = [];
  const onStack = new Set();
  /** @type {string[][]} */
  const components = [];

  /** @param {string} v */
  const strongConnect = (v) => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!edges.has(w)) continue;
      if (!index.has(w)) {
        strongConnect(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
      }
    }
    if (low.get(v) === index.get(v)) {
      /** @type {string[]} */
      const component = [];
      let w;
      do {
        w = stack.pop();
        if (w === undefined) break;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      const selfLoop = component.length === 1 && edges.get(v)?.has(v);
      if (component.length > 1 || selfLoop) components.push(component);
    }
  };
  for (const v of [...edges.keys()].toSorted()) if (!index.has(v)) strongConnect(v);

  return components.map((component) => {
    const members = new Set(component);
    const start = component.toSorted()[0] ?? '';
    // Breadth-first search back to `start` inside the component gives a shortest concrete cycle.
    /** @type {Map<string, string>} */
    const parent = new Map();
    const queue = [start];
    while (queue.length > 0) {
      const v = /** @type {string} */ (queue.shift());
      for (const w of [...(edges.get(v) ?? [])].toSorted()) {
        if (!members.has(w)) continue;
        if (w === start) {
          const path = [v];
          while (path[0] !== start) path.unshift(parent.get(path[0] ?? '') ?? start);
          return path;
        }
        if (!parent.has(w)) {
          parent.set(w, v);
          queue.push(w);
        }
      }
    }
    return [start];
  });
}
