import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What the build is made from: a change to any of these makes `dist/` stale. */
export const BUILD_SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json', 'package-lock.json'];

/** The newest modification time under `path` (a file or a folder), in ms; 0 if it is not there. */
export function newestChange(path: string): number {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
  return newest;
}

/** Why the build in `distDir` needs redoing, or null when it is up to date. */
export function staleBuildReason(project: string, distDir: string): string | null {
  const built = newestChange(join(distDir, 'index.html'));
  if (built === 0) return 'there is no build yet';
  const changed = Math.max(...BUILD_SOURCES.map((source) => newestChange(join(project, source))));
  return changed > built ? 'the sources changed since the last build' : null;
}

