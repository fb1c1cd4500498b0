/**
 * Bundles the command-line analyzer (src/cli/main.ts and everything it uses: domain, i18n
 * messages, zod) into one file, dist-cli/arus.mjs, so `arus analyze` starts as fast as Node
 * itself instead of compiling TypeScript on every run. Runs from `npm install` / `npm ci`
 * (`prepare`), from `npm run build`, and from bin/arus.mjs when the bundle is missing or stale.
 */
import { build } from 'esbuild';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url);

/** Writes dist-cli/arus.mjs; resolves when it is on disk. */
export async function buildCli() {
  const outfile = fileURLToPath(new URL('dist-cli/arus.mjs', root));
  const result = await build({
    entryPoints: [fileURLToPath(new URL('src/cli/main.ts', root))],
    outfile,
    write: false,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Smaller text parses faster; a start-up of a few tens of milliseconds is most of a run.
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  // Written aside and renamed: a command started meanwhile reads the old bundle or the new one, never half of one.
  mkdirSync(dirname(outfile), { recursive: true });
  const partial = `${outfile}.${process.pid}.partial`;
  writeFileSync(partial, result.outputFiles[0].contents);
  renameSync(partial, outfile);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await buildCli();
