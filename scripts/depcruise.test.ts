// Proves .dependency-cruiser.cjs catches what docs/decisions/009 forbids: a throwaway src/ tree with
// one file per broken rule (and a few allowed imports) is cruised by `scripts/depcruise.mjs`, the
// same entry `npm run lint:layers` uses, and the violations must be exactly the planted ones.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

const FILES: Record<string, string> = {
  'tsconfig.json': JSON.stringify({
    compilerOptions: { moduleResolution: 'bundler', jsx: 'react-jsx' },
  }),
  // Allowed: zod, own layer, a type-only cycle, a test importing vitest.
  'src/domain/engine.ts':
    "import { z } from 'zod';\nimport { b } from './b';\nexport const a = z.string().parse(b);\n",
  'src/domain/b.ts': "import type { a } from './engine';\nexport const b: typeof a = 'b';\n",
  'src/domain/engine.test.ts':
    "import { it } from 'vitest';\nimport { a } from './engine';\nit('runs', () => void a);\n",
  // Broken: the domain reaches up into ui, also through a type-only re-export.
  'src/domain/impure.ts': "import { Button } from '../ui/button';\nexport const x = Button;\n",
  'src/domain/types.ts': "export type { ButtonProps } from '../ui/button';\n",
  // Broken: a runtime import cycle.
  'src/domain/cycle-a.ts': "import { b } from './cycle-b';\nexport const a = () => b();\n",
  'src/domain/cycle-b.ts': "import { a } from './cycle-a';\nexport const b = () => a;\n",
  // Broken: the share codec imports a file that does not exist.
  'src/share/codec.ts':
    "import { a } from '../domain/engine';\nimport { c } from './missing';\nexport const d = [a, c];\n",
  // Broken: the store imports react.
  'src/store/store.ts': "import { useState } from 'react';\nexport const s = useState;\n",
  // Broken: ui imports the store.
  'src/ui/button.tsx':
    "import { s } from '../store/store';\nexport type ButtonProps = { s: typeof s };\nexport const Button = () => null;\n",
  // Allowed: another feature through its index. Broken: another feature's insides, and src/app.
  'src/features/results/index.ts': "export { Chart } from './chart';\n",
  'src/features/results/chart.tsx':
    "import { home } from '../../app/routes';\nexport const Chart = () => home;\n",
  'src/features/wizard/page.tsx':
    "import { Chart } from '../results';\nimport { Chart as Inner } from '../results/chart';\nexport const Page = () => [Chart, Inner];\n",
  // Allowed: app imports anything.
  'src/app/routes.ts': "export const home = '/';\n",
  'src/app/app.tsx':
    "import { Page } from '../features/wizard/page';\nexport const App = () => Page;\n",
};

type Violation = { rule: { name: string }; from: string; to: string };

let dir = '';
let violations: Violation[] = [];
// A separate Node process that loads dependency-cruiser and the TypeScript 5 parser (~9 MB of
// JavaScript): 2-4 s alone, more on a busy machine, so it runs once, with a hook bound to match.
beforeAll(async () => {
  // Inside the repository, so package imports (react, zod, vitest) resolve as they do for src/.
  dir = mkdtempSync(join(root, '.layers-fixture-'));
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const run = promisify(execFile);
  const script = join(root, 'scripts/depcruise.mjs');
  const config = join(root, '.dependency-cruiser.cjs');
  const args = [script, 'src', '--config', config, '--output-type', 'json'];
  // depcruise exits 1 when it finds violations; the JSON report is on stdout either way.
  const stdout = await run(process.execPath, args, { cwd: dir }).then(
    (r) => r.stdout,
    (e: { stdout: string }) => e.stdout,
  );
  violations = (JSON.parse(stdout) as { summary: { violations: Violation[] } }).summary.violations;
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lint:layers (dependency-cruiser)', () => {
  it('reports exactly the imports that break a layer rule', () => {
    const found = violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).toSorted();
    expect(found).toEqual(
      [
        'domain-is-pure: src/domain/impure.ts → src/ui/button.tsx',
        'domain-is-pure: src/domain/types.ts → src/ui/button.tsx',
        'no-cycles: src/domain/cycle-a.ts → src/domain/cycle-b.ts',
        'no-unresolvable: src/share/codec.ts → ./missing',
        'store-below-views: src/store/store.ts → ../node_modules/react/index.js',
        'ui-is-presentational: src/ui/button.tsx → src/store/store.ts',
        'features-through-index: src/features/wizard/page.tsx → src/features/results/chart.tsx',
        'app-is-the-top: src/features/results/chart.tsx → src/app/routes.ts',
        'features-stay-in-their-layers: src/features/results/chart.tsx → src/app/routes.ts',
        'share-reads-domain: src/share/codec.ts → ./missing',
      ].toSorted(),
    );
  });
});
