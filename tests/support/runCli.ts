/** Runs `npm run data` (src/normalizer/cli.ts) as a child process, for the bad-input tests. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = process.cwd();

export function runCli(args: string[]): { status: number | null; stderr: string; stdout: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/normalizer/cli.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: r.status, stderr: r.stderr, stdout: r.stdout };
}
