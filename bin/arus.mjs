#!/usr/bin/env node
/**
 * The `arus` command (`npx arus analyze FILE.json [...]`, `npm run -s analyze -- FILE.json`):
 * runs the bundled analyzer, dist-cli/arus.mjs. The bundle is built by `npm install` and
 * `npm run build`; it is built here too when it is missing or older than the sources beside it
 * (a checkout being worked on), so the command never runs stale code. That check costs about a
 * millisecond: a hundred-odd file dates.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist-cli/arus.mjs', import.meta.url);
const sources = fileURLToPath(new URL('../src', import.meta.url));

function newestSourceMs() {
  if (!existsSync(sources)) return 0;
  let newest = 0;
  for (const entry of readdirSync(sources, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
  }
  return newest;
}

if (!existsSync(bundle) || statSync(bundle).mtimeMs < newestSourceMs()) {
  const { buildCli } = await import('./build-cli.mjs');
  await buildCli();
}
await import(bundle.href);
