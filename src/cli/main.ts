/**
 * The `arus` command: `arus analyze FILE.json [--state current|future] [--json] [--compare]
 * [--lang en|id]`, and `arus sop FILE.json --docx OUT.docx [--lang en|id]` (`sop.ts`). `bin/arus.mjs` runs the bundle of this file (`dist-cli/arus.mjs`, built by
 * `bin/build-cli.mjs`). The work is in run.ts; this file only wires it to the process, and turns
 * even a failure to load the code into one line on stderr instead of a stack trace.
 */
// Output piped into `head` closes early; that is not an error worth a stack trace.
process.stdout.on('error', () => {});

export {};

const [command, ...args] = process.argv.slice(2);
try {
  const { languageOf, nodeIo, runAnalyze } = await import('./run');
  const { CLI_TEXT } = await import('./text');
  const t = CLI_TEXT[languageOf(args)];
  if (command === 'analyze') process.exitCode = await runAnalyze(args, nodeIo);
  else if (command === 'sop') {
    const { nodeSopIo, runSop } = await import('./sop');
    process.exitCode = await runSop(args, nodeSopIo);
  }
  else if (command === undefined || command === '--help' || command === '-h') process.stdout.write(t.help);
  else {
    process.stderr.write(`error: ${t.unknownCommand(command)}\n`);
    process.exitCode = 1;
  }
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`error: unexpected error: ${message.replace(/\s+/g, ' ')}\n`);
  process.exitCode = 1;
}
