/**
 * The GUIDE's layer arrows are enforced by the lint step of `npm test` (biome.jsonc, noRestrictedImports per
 * folder). Each wrong-way import below, written into a file of that layer, fails the lint; the right-way
 * import passes. Each probe is written into its folder for the one lint run and removed at once.
 */
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIOME = join(process.cwd(), 'node_modules', '.bin', 'biome');

function lint(path: string, source: string): { status: number | null; out: string } {
  const probe = join(dirname(path), `__layer_probe_${process.pid}_${path.split('/').pop() ?? 'x.ts'}`);
  writeFileSync(probe, source);
  try {
    const r = spawnSync(BIOME, ['lint', '--colors=off', probe], { encoding: 'utf8' });
    return { status: r.status, out: `${r.stdout}${r.stderr}` };
  } finally {
    rmSync(probe, { force: true });
  }
}

describe('layer rules (biome.jsonc)', () => {
  it.each([
    ['src/charts/Treemap/Wrong.tsx', "import type { Dict } from '../../app/i18n/dict';\nexport type X = Dict;\n"],
    ['src/charts/Sankey/wrong.ts', "import { useAppStore } from '../../state/store';\nexport const x = useAppStore;\n"],
    ['src/tables/wrong.ts', "import { route } from '../state/route';\nexport const x = route;\n"],
    ['src/model/wrong.ts', "import { useMemo } from 'react';\nexport const x = useMemo;\n"],
    ['src/model/wrong2.ts', "import crosswalk from '../../data/crosswalk.json';\nexport const x = crosswalk;\n"],
    ['src/layout/wrong.ts', "import { Treemap } from '../charts/Treemap/Treemap';\nexport const x = Treemap;\n"],
    ['src/app/wrong.ts', "import { buildAll } from '../normalizer/build';\nexport const x = buildAll;\n"],
    ['src/normalizer/wrong.ts', "import { App } from '../app/App';\nexport const x = App;\n"],
    ['src/ui/wrong.ts', "import { useAppStore } from '../state/store';\nexport const x = useAppStore;\n"],
    ['src/ui/Wrong.tsx', "import { tableStrings } from '../tables/strings';\nexport const x = tableStrings;\n"],
  ])('%s importing the wrong way fails', (path, source) => {
    const r = lint(path, source);
    expect(r.status).not.toBe(0);
    expect(r.out).toContain('lint/style/noRestrictedImports');
  });

  it.each([
    ['src/charts/Treemap/Right.tsx', "import type { TreeNode } from '../../model/tree';\nexport type X = TreeNode;\n"],
    ['src/app/right.ts', "import { useAppStore } from '../state/store';\nexport const x = useAppStore;\n"],
    ['src/tables/right.tsx', "import { Popover } from '../ui/Popover';\nexport const x = Popover;\n"],
    ['src/ui/right.tsx', "import { useFloating } from '@floating-ui/react';\nexport const x = useFloating;\n"],
  ])('%s importing the right way passes', (path, source) => {
    const r = lint(path, source);
    expect(r.out).not.toContain('noRestrictedImports');
    expect(r.status).toBe(0);
  });
});
