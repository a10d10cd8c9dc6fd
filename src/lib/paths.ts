import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project root (the folder holding package.json). Code runs from `src/` under tsx and from
 * `dist/src/` after `tsc`, so files such as `migrations/` are found from here, not relative to
 * the calling module.
 */
function findProjectRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'migrations'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No project root above ${start}`);
    dir = parent;
  }
}

export const projectRoot = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));
export const migrationsFolder = path.join(projectRoot, 'migrations');
export const defaultSeedFile = path.join(projectRoot, 'seed', 'jakarta-uc-2024.json');
