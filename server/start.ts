import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { staleBuildReason } from './build';

/**
 * `npm start`: builds the app when `dist/` is missing or older than its sources, then starts the
 * room server (server/main.ts). The build is Vite's alone, without the type check of
 * `npm run build`: a workshop laptop should be up in seconds, and `npm test` checks the types.
 */
const projectDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
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
