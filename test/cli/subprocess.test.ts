// @vitest-environment node
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { REQUIRED_JSON_FIELDS, fixture, sample } from './harness';

/**
 * The `arus` command as a person runs it: package.json's `bin` entry (bin/arus.mjs), which runs
 * the bundle dist-cli/arus.mjs (built by `npm install` / `npm run build`, or on first use), in a
 * real process.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/arus.mjs', import.meta.url));

function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: ROOT, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}

describe('the arus command as a process', () => {
  it('is the bin of the package, and runs the bundle', async () => {
    const pkg = (await import('../../package.json', { with: { type: 'json' } })).default as { bin: Record<string, string> };
    expect(pkg.bin).toEqual({ arus: 'bin/arus.mjs' });
    // Runs once before the others: builds the bundle when a fresh checkout has none.
    const run = await runCli(['analyze', sample('steering-bracket.json'), '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(existsSync(`${ROOT}dist-cli/arus.mjs`)).toBe(true);
    const result = JSON.parse(run.stdout);
    for (const field of REQUIRED_JSON_FIELDS) expect(result).toHaveProperty(field);
    expect(result.taktTimeSec).toBe(60); // 55,200 s a day / 920 a day
  }, 60_000);

  it('exits 1 with one line on stderr for a bad file, in the language asked for', async () => {
    const file = fixture('bad-edge-missing-node.json');
    const [en, id] = await Promise.all([runCli(['analyze', file]), runCli(['analyze', file, '--lang', 'id'])]);
    expect(en.code).toBe(1);
    expect(en.stdout).toBe('');
    expect(en.stderr).toBe(`error: ${file}: states.current.edges[5].target: edge "e7" points to missing node "p9"\n`);
    expect(id.code).toBe(1);
    expect(id.stderr).toBe(`error: ${file}: states.current.edges[5].target: panah "e7" menunjuk ke simbol "p9" yang tidak ada\n`);
  }, 60_000);

  it('prints the report in Indonesian with --lang id', async () => {
    const run = await runCli(['analyze', fixture('two-steps.json'), '--lang', 'id']);
    expect(run.code).toBe(0);
    // 920 a day, 1,840 + 1,380 = 3,220 units: Indonesian grouping and words.
    expect(run.stdout).toContain('\n  Permintaan harian                   920 unit per hari\n');
    expect(run.stdout).toContain('\n  Persediaan (unit)                   3.220 unit\n');
  }, 60_000);

  it('names an unknown command and exits 1', async () => {
    const run = await runCli(['analyse', fixture('two-steps.json')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error: unknown command "analyse" \(usage: npx arus analyze FILE\.json/);
  }, 60_000);
});
