/**
 * Entry of `npm run -s analyze -- FILE.json [--state current|future] [--json] [--compare]`.
 * The work is in run.ts; this file only wires it to the process, and turns even a failure to
 * load the code into one line on stderr instead of a stack trace.
 */
// Output piped into `head` closes early; that is not an error worth a stack trace.
process.stdout.on('error', () => {});

export {};

try {
  const { nodeIo, runAnalyze } = await import('./run');
  process.exitCode = await runAnalyze(process.argv.slice(2), nodeIo);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`error: unexpected error: ${message.replace(/\s+/g, ' ')}\n`);
  process.exitCode = 1;
}
