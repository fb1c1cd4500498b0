import { readFile, stat } from 'node:fs/promises';
import { analyzeMap, type MapAnalysis } from '../domain/analysis';
import { compareStates } from '../domain/compare';
import { DocumentError } from '../domain/errors';
import type { StateKey, VsmDocument } from '../domain/types';
import { MAX_FILE_BYTES, parseDocumentText } from '../domain/validate';
import { analysisJson, formatComparison, formatReport } from './report';

/**
 * The command-line analyzer (spec section 7) as a function of its arguments and its
 * surroundings, so tests run it without a process:
 *
 *   analyze FILE.json [--state current|future] [--json] [--compare]
 *
 * Whatever goes wrong ends as exit status 1 and one line on stderr, `error: FILE: what is
 * wrong`, never a stack trace; nothing is printed on stdout then.
 */

/** What the analyzer needs from its surroundings. */
export interface CliIo {
  /** Size of the file in bytes; read first, so a huge file is refused before it is read. */
  fileSize(path: string): Promise<number>;
  readFile(path: string): Promise<string>;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** The real file system and streams. */
export const nodeIo: CliIo = {
  async fileSize(path) {
    const info = await stat(path);
    if (info.isDirectory()) throw new CliError(path, 'is a directory, not a map file');
    if (!info.isFile()) throw new CliError(path, 'is not a regular file');
    return info.size;
  },
  readFile: (path) => readFile(path, 'utf8'),
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};

export const USAGE = 'usage: npm run -s analyze -- FILE.json [--state current|future] [--json] [--compare]';

const HELP = `${USAGE}

Analyses a value stream map file (format arus.vsm) and prints takt time, lead time,
value-added ratio, inventory, the critical path, the bottleneck and the eight wastes.

  --state current|future   which state to analyse (default: current)
  --json                   print one JSON object instead of the report
  --compare                analyse both states and print the changes
                           (with --json: { current, future, changes })
  --help                   print this help

Exit status 0 when the file was analysed, 1 when it could not be read or is not valid.
`;

/** A problem to report as one line; `file` is null for problems with the arguments. */
export class CliError extends Error {
  constructor(readonly file: string | null, message: string) {
    super(message);
    this.name = 'CliError';
  }
}

export interface AnalyzeOptions {
  file: string;
  state: StateKey;
  /** True when --state was given (it cannot go with --compare). */
  stateGiven: boolean;
  json: boolean;
  compare: boolean;
}

/** Reads the arguments; throws CliError on anything it does not know. `null` means --help. */
export function parseArgs(argv: readonly string[]): AnalyzeOptions | null {
  let file: string | null = null;
  let state: StateKey = 'current';
  let stateGiven = false;
  let json = false;
  let compare = false;
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyFiles || !arg.startsWith('-') || arg === '-') {
      if (file !== null) throw new CliError(null, `one map file at a time, got "${file}" and "${arg}"`);
      file = arg;
    } else if (arg === '--') onlyFiles = true;
    else if (arg === '--help' || arg === '-h') return null;
    else if (arg === '--json') json = true;
    else if (arg === '--compare') compare = true;
    else if (arg === '--state' || arg.startsWith('--state=')) {
      const value = arg === '--state' ? argv[++i] : arg.slice('--state='.length);
      if (value === undefined || value === '') throw new CliError(null, '--state needs a value: current or future');
      if (value !== 'current' && value !== 'future') {
        throw new CliError(null, `--state must be current or future, got "${value}"`);
      }
      state = value;
      stateGiven = true;
    } else throw new CliError(null, `unknown option "${arg}" (${USAGE})`);
  }
  if (file === null) throw new CliError(null, `no map file given (${USAGE})`);
  if (compare && stateGiven) throw new CliError(null, '--compare analyses both states; leave out --state');
  return { file, state, stateGiven, json, compare };
}

/** Reads and validates a map file: size first, then the text; every problem names the file. */
export async function loadDocument(path: string, io: CliIo): Promise<VsmDocument> {
  let sizeBytes: number;
  let text: string;
  try {
    sizeBytes = await io.fileSize(path);
    // The validate module words the size limit; an empty text with the size gets its message.
    text = sizeBytes > MAX_FILE_BYTES ? '' : await io.readFile(path);
  } catch (error) {
    throw new CliError(path, describeFileError(error));
  }
  try {
    return parseDocumentText(text, sizeBytes);
  } catch (error) {
    if (error instanceof DocumentError) throw new CliError(path, error.message);
    throw error;
  }
}

function describeFileError(error: unknown): string {
  if (error instanceof CliError) return error.message;
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file';
    case 'EISDIR': return 'is a directory, not a map file';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'ENAMETOOLONG': return 'the file name is too long';
    default: return `cannot read the file: ${messageOf(error)}`;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** One line, whatever the message holds: line breaks and other control characters become spaces. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
}

/** Analyses one state; an analysis error (e.g. a loop) makes the file invalid for the command line. */
function analyzeState(path: string, doc: VsmDocument, key: StateKey): MapAnalysis {
  const state = doc.states[key];
  if (!state) throw new CliError(path, `the map has no ${key} state; use --state current`);
  const analysis = analyzeMap(state);
  throwOnAnalysisErrors(path, key, analysis);
  return analysis;
}

function throwOnAnalysisErrors(path: string, key: StateKey, analysis: MapAnalysis): void {
  if (analysis.errors.length > 0) throw new CliError(path, `${key} state: ${analysis.errors[0]}`);
}

/** Runs the analyzer with command-line arguments (without node and script); returns the exit status. */
export async function runAnalyze(argv: readonly string[], io: CliIo): Promise<number> {
  let file: string | null = null;
  try {
    const options = parseArgs(argv);
    if (options === null) {
      io.stdout(HELP);
      return 0;
    }
    file = options.file;
    const doc = await loadDocument(options.file, io);
    io.stdout(options.compare ? compareOutput(options, doc) : stateOutput(options, doc));
    return 0;
  } catch (error) {
    const where = error instanceof CliError ? error.file : file;
    const what = error instanceof CliError ? error.message : `unexpected error: ${messageOf(error)}`;
    io.stderr(`error: ${where === null ? '' : `${oneLine(where)}: `}${oneLine(what)}\n`);
    return 1;
  }
}

function stateOutput(options: AnalyzeOptions, doc: VsmDocument): string {
  const analysis = analyzeState(options.file, doc, options.state);
  if (options.json) return `${JSON.stringify(analysisJson(options.state, analysis), null, 2)}\n`;
  return formatReport(doc, options.state, analysis);
}

function compareOutput(options: AnalyzeOptions, doc: VsmDocument): string {
  const future = doc.states.future;
  if (!future) throw new CliError(options.file, 'the map has no future state to compare with');
  const comparison = compareStates(doc.states.current, future);
  throwOnAnalysisErrors(options.file, 'current', comparison.current);
  throwOnAnalysisErrors(options.file, 'future', comparison.future);
  if (!options.json) return formatComparison(doc, comparison);
  const { metrics, wastes, stepsAdded, stepsRemoved, stepsChanged } = comparison;
  const output = {
    current: analysisJson('current', comparison.current),
    future: analysisJson('future', comparison.future),
    changes: { metrics, wastes, stepsAdded, stepsRemoved, stepsChanged },
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}
