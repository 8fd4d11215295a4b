/**
 * The folders emit uses beside the data folder while it swaps in new data — `.data-staging-<pid>` (the
 * new files) and `.data-previous-<pid>` (the old data, until the swap is done) — and the removal of
 * those a killed run left behind. They sit beside public/data, inside public/, so vite.config.ts drops
 * them from the build (LEFTOVER) in case one exists while the site is built.
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The file-system steps of the swap: injectable, so that tests can make any one of them fail. */
export interface FsOps {
  exists(path: string): boolean;
  list(dir: string): string[];
  rename(from: string, to: string): void;
  remove(path: string): void;
}

export const fsOps: FsOps = {
  exists: existsSync,
  list: (dir) => readdirSync(dir),
  rename: renameSync,
  remove: (path) => rmSync(path, { recursive: true, force: true }),
};

/** A staging or previous folder of some run, for any data folder name: `.data-staging-1234`. */
export const LEFTOVER = /^\.(.+)-(staging|previous)-(\d+)$/u;

export function stagingNames(dataDir: string, pid: number): { staging: string; previous: string } {
  const parent = dirname(dataDir);
  const base = basename(dataDir);
  return { staging: join(parent, `.${base}-staging-${pid}`), previous: join(parent, `.${base}-previous-${pid}`) };
}

/** What cleaning up did, for the log: removed folders and a restored data folder. */
export interface Cleanup {
  removed: string[];
  restored?: string;
}

/**
 * Remove the staging and previous folders of runs that are no longer running. A previous folder is the
 * old data itself when the run was killed between its two renames (the data folder is then missing):
 * it is put back instead of removed — never lose data.
 */
export function cleanLeftovers(dataDir: string, fs: FsOps = fsOps): Cleanup {
  const parent = dirname(dataDir);
  const done: Cleanup = { removed: [] };
  let names: string[];
  try {
    names = fs.list(parent);
  } catch {
    return done; // no folder there (or a file): nothing was left behind, and writing will say what is wrong
  }
  for (const name of names.sort()) {
    const m = LEFTOVER.exec(name);
    if (!m || m[1] !== basename(dataDir)) continue;
    const pid = Number(m[3]);
    if (pid !== process.pid && running(pid)) continue; // another run is writing right now
    const path = join(parent, name);
    if (m[2] === 'previous' && !fs.exists(dataDir)) {
      fs.rename(path, dataDir);
      done.restored = path;
    } else {
      fs.remove(path);
      done.removed.push(path);
    }
  }
  return done;
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
    return true;
  } catch (e) {
    return (e as { code?: string }).code === 'EPERM';
  }
}
