// @vitest-environment node
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { REQUIRED_JSON_FIELDS, fixture, sample } from './harness';

/** The same command `npm run -s analyze` runs (package.json: tsx src/cli/analyze.ts), as a real process. */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(TSX, ['src/cli/analyze.ts', ...args], { cwd: ROOT, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}

// Each run starts tsx (a few seconds on a busy machine): run both at once.
describe.concurrent('the analyze script as a process', () => {
  it('prints the JSON analysis of a sample and exits 0', async () => {
    const run = await runCli([sample('steering-bracket.json'), '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    for (const field of REQUIRED_JSON_FIELDS) expect(result).toHaveProperty(field);
    expect(result.taktTimeSec).toBe(60); // 55,200 s a day / 920 a day
  }, 60_000);

  it('exits 1 with one line on stderr for a bad file', async () => {
    const file = fixture('bad-edge-missing-node.json');
    const run = await runCli([file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`error: ${file}: states.current.edges[5].target: edge "e7" points to missing node "p9"\n`);
  }, 60_000);
});
