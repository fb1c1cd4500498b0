import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm start`: builds the app when `dist/` is missing or older than its sources, then starts the
 * room server (server/main.ts). The build is Vite's alone, without the type check of
 * `npm run build`: a workshop laptop should be up in seconds, and `npm test` checks the types.
 */
const projectDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json', 'package-lock.json'];

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
  const changed = Math.max(...SOURCES.map((source) => newestChange(join(project, source))));
  return changed > built ? 'the sources changed since the last build' : null;
}

const distDir = resolve(process.env.ARUS_DIST || join(projectDir, 'dist'));
const reason = staleBuildReason(projectDir, distDir);
if (reason) {
  console.log(`Building the app (${reason})…`);
  const vite = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
  const build = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn', '--outDir', distDir, '--emptyOutDir'], {
    cwd: projectDir,
    stdio: 'inherit',
  });
  if (build.status !== 0) {
    console.error('error: the build failed; the messages above say why');
    process.exit(build.status ?? 1);
  }
}
const { main } = await import('./main');
await main();
