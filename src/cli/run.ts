import { readFile, stat } from 'node:fs/promises';
import { analyzeMap, type MapAnalysis } from '../domain/analysis';
import { actionPlan } from '../domain/actionPlan';
import { compareStates } from '../domain/compare';
import { DocumentError } from '../domain/errors';
import type { StateKey, VsmDocument } from '../domain/types';
import { MAX_FILE_BYTES, parseDocumentText } from '../domain/validate';
import { renderDocumentError, renderMessage } from '../i18n/domain';
import type { Language } from '../i18n/language';
import { actionPlanCsv } from '../io/actionPlanCsv';
import { analysisJson, changesJson, formatComparison, formatReport } from './report';
import { CLI_TEXT, type CliText } from './text';

/**
 * The command-line analyzer (spec section 7) as a function of its arguments and its
 * surroundings, so tests run it without a process:
 *
 *   analyze FILE.json [--state current|future] [--json] [--compare] [--lang en|id]
 *   analyze FILE.json --action-plan csv [--lang en|id]
 *
 * Whatever goes wrong ends as exit status 1 and one line on stderr, `error: FILE: what is
 * wrong` in the chosen language, never a stack trace; nothing is printed on stdout then.
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
    if (info.isDirectory()) throw new CliError(path, (t) => t.isDirectory);
    if (!info.isFile()) throw new CliError(path, (t) => t.notRegularFile);
    return info.size;
  },
  readFile: (path) => readFile(path, 'utf8'),
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};

/** A problem to report as one line, worded in the chosen language; `file` is null for problems with the arguments. */
export class CliError extends Error {
  constructor(readonly file: string | null, readonly describe: (t: CliText, lang: Language) => string) {
    super(describe(CLI_TEXT.en, 'en'));
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
  /** `--action-plan csv`: the kaizen bursts of both states as CSV instead of the analysis. */
  actionPlan: 'csv' | null;
  lang: Language;
}

/** The language asked for with --lang (looked up first, so even an error about the other arguments speaks it). */
export function languageOf(argv: readonly string[]): Language {
  let lang: Language = 'en';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value === 'en' || value === 'id') lang = value;
  }
  return lang;
}

/** Reads the arguments; throws CliError on anything it does not know. `null` means --help. */
export function parseArgs(argv: readonly string[]): AnalyzeOptions | null {
  let file: string | null = null;
  let state: StateKey = 'current';
  let stateGiven = false;
  let json = false;
  let compare = false;
  let lang: Language = 'en';
  let actionPlanFormat: 'csv' | null = null;
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyFiles || !arg.startsWith('-') || arg === '-') {
      if (file !== null) {
        const first = file;
        throw new CliError(null, (t) => t.oneFileAtATime(first, arg));
      }
      file = arg;
    } else if (arg === '--') onlyFiles = true;
    else if (arg === '--help' || arg === '-h') return null;
    else if (arg === '--json') json = true;
    else if (arg === '--compare') compare = true;
    else if (arg === '--state' || arg.startsWith('--state=')) {
      const value = arg === '--state' ? argv[++i] : arg.slice('--state='.length);
      if (value === undefined || value === '') throw new CliError(null, (t) => t.stateNeedsValue);
      if (value !== 'current' && value !== 'future') throw new CliError(null, (t) => t.stateValue(value));
      state = value;
      stateGiven = true;
    } else if (arg === '--action-plan' || arg.startsWith('--action-plan=')) {
      const value = arg === '--action-plan' ? argv[++i] : arg.slice('--action-plan='.length);
      if (value !== 'csv') throw new CliError(null, (t) => t.actionPlanValue(value ?? ''));
      actionPlanFormat = 'csv';
    } else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? argv[++i] : arg.slice('--lang='.length);
      // Said in English: the language asked for is the one that is not understood.
      if (value === undefined || value === '') throw new CliError(null, () => '--lang needs a value: en or id');
      if (value !== 'en' && value !== 'id') throw new CliError(null, () => `--lang must be en or id, got "${value}"`);
      lang = value;
    } else throw new CliError(null, (t) => t.unknownOption(arg));
  }
  if (file === null) throw new CliError(null, (t) => t.noFile);
  if (compare && stateGiven) throw new CliError(null, (t) => t.compareWithState);
  if (actionPlanFormat !== null && (compare || stateGiven || json)) throw new CliError(null, (t) => t.actionPlanAlone);
  return { file, state, stateGiven, json, compare, actionPlan: actionPlanFormat, lang };
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
    throw new CliError(path, (t, lang) => describeFileError(error, t, lang));
  }
  try {
    return parseDocumentText(text, sizeBytes);
  } catch (error) {
    if (error instanceof DocumentError) throw new CliError(path, (_t, lang) => renderDocumentError(error, lang));
    throw error;
  }
}

function describeFileError(error: unknown, t: CliText, lang: Language): string {
  if (error instanceof CliError) return error.describe(t, lang);
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT': return t.noSuchFile;
    case 'EISDIR': return t.isDirectory;
    case 'EACCES':
    case 'EPERM': return t.permissionDenied;
    case 'ENAMETOOLONG': return t.nameTooLong;
    default: return t.cannotRead(messageOf(error));
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** One line, whatever the message holds: line breaks and other control characters become spaces. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').replace(/\u00a0/g, ' ').trim();
}

/** Analyses one state; an analysis error (e.g. a loop) makes the file invalid for the command line. */
function analyzeState(path: string, doc: VsmDocument, key: StateKey): MapAnalysis {
  const state = doc.states[key];
  if (!state) throw new CliError(path, (t) => t.noState(t.stateName[key]));
  const analysis = analyzeMap(state);
  throwOnAnalysisErrors(path, key, analysis);
  return analysis;
}

function throwOnAnalysisErrors(path: string, key: StateKey, analysis: MapAnalysis): void {
  const error = analysis.errors[0];
  if (error !== undefined) throw new CliError(path, (t, lang) => t.inState(t.stateName[key], renderMessage(error, lang)));
}

/** Runs the analyzer with command-line arguments (without node and script); returns the exit status. */
export async function runAnalyze(argv: readonly string[], io: CliIo): Promise<number> {
  let file: string | null = null;
  const lang = languageOf(argv);
  const t = CLI_TEXT[lang];
  try {
    const options = parseArgs(argv);
    if (options === null) {
      io.stdout(t.help);
      return 0;
    }
    file = options.file;
    const doc = await loadDocument(options.file, io);
    if (options.actionPlan === 'csv') io.stdout(actionPlanCsv(actionPlan(doc), options.lang));
    else io.stdout(options.compare ? compareOutput(options, doc) : stateOutput(options, doc));
    return 0;
  } catch (error) {
    const where = error instanceof CliError ? error.file : file;
    const what = error instanceof CliError ? error.describe(t, lang) : t.unexpected(messageOf(error));
    io.stderr(`error: ${where === null ? '' : `${oneLine(where)}: `}${oneLine(what)}\n`);
    return 1;
  }
}

function stateOutput(options: AnalyzeOptions, doc: VsmDocument): string {
  const analysis = analyzeState(options.file, doc, options.state);
  if (options.json) return `${JSON.stringify(analysisJson(options.state, analysis, options.lang), null, 2)}\n`;
  return formatReport(doc, options.state, analysis, options.lang);
}

function compareOutput(options: AnalyzeOptions, doc: VsmDocument): string {
  const future = doc.states.future;
  if (!future) throw new CliError(options.file, (t) => t.noFuture);
  const comparison = compareStates(doc.states.current, future);
  throwOnAnalysisErrors(options.file, 'current', comparison.current);
  throwOnAnalysisErrors(options.file, 'future', comparison.future);
  if (!options.json) return formatComparison(doc, comparison, options.lang);
  const output = {
    current: analysisJson('current', comparison.current, options.lang),
    future: analysisJson('future', comparison.future, options.lang),
    changes: changesJson(comparison),
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}
