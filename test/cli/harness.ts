import { fileURLToPath } from 'node:url';
import { nodeIo, runAnalyze, type CliIo } from '../../src/cli/run';

/** What one run of the analyzer showed: exit status and both streams. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the analyzer as the command line would, on the real file system unless `io` says otherwise. */
export async function analyze(args: string[], io: Partial<CliIo> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runAnalyze(args, {
    ...nodeIo,
    stdout: (text) => { stdout += text; },
    stderr: (text) => { stderr += text; },
    ...io,
  });
  return { code, stdout, stderr };
}

/** Files held in memory, for maps built inside a test. */
export function memoryFiles(files: Record<string, string>): Pick<CliIo, 'fileSize' | 'readFile'> {
  const find = (path: string): string => {
    const text = files[path];
    if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    return text;
  };
  return {
    fileSize: async (path) => Buffer.byteLength(find(path)),
    readFile: async (path) => find(path),
  };
}

export const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/cli/${name}`, import.meta.url));
export const sample = (name: string): string => fileURLToPath(new URL(`../../public/samples/${name}`, import.meta.url));

/** The fields spec section 7 asks of `--json`. */
export const REQUIRED_JSON_FIELDS = [
  'state', 'taktTimeSec', 'dailyDemand', 'leadTimeDays', 'waitingTimeDays', 'processingTimeSec',
  'valueAddedTimeSec', 'valueAddedRatio', 'inventoryUnits', 'inventoryDays', 'inventoryTurns',
  'criticalPath', 'bottleneckId', 'rolledThroughputYield', 'operatorsNeeded', 'wastes', 'warnings',
] as const;

/** A failed run: status 1, nothing on stdout, exactly one stderr line `error: FILE: …` matching `problem`. */
export function expectOneErrorLine(run: CliRun, file: string | null, problem: RegExp): void {
  expect(run.code).toBe(1);
  expect(run.stdout).toBe('');
  expect(run.stderr.endsWith('\n')).toBe(true);
  const lines = run.stderr.slice(0, -1).split('\n');
  expect(lines).toHaveLength(1);
  const line = lines[0]!;
  expect(line.startsWith(file === null ? 'error: ' : `error: ${file}: `)).toBe(true);
  expect(line).toMatch(problem);
  // Never a stack trace.
  expect(line).not.toMatch(/\n\s+at |\.ts:\d+/);
}
