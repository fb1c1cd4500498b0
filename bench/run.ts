import os from 'node:os';
import { formatAnalyzerBench, runAnalyzerBench } from './analyzer.bench';
import { runBrowserBench } from './browser.bench';
import { runExportBench } from './export.bench';
import { formatCliBench, loadAverage, runCliBench } from './cli.bench';
import { printCollabBench } from './collab.bench';
import { loadOptionsFrom, printLoadBench } from './load.bench';

// `npm run bench`: the analyzer in Node, the command line as whole processes, the workshop room
// (edits between two people through the room server, an edit's cost in the shared store), one
// room server under a company's load (SQLite; PostgreSQL with --postgres, skipped with the reason
// where there is none; --load-ramp finds how far it goes; --no-load leaves it out), then the
// editor beside bare React Flow in Chromium (`--browser-only` runs only the Chromium parts; `--rounds N`
// and `--sizes 500,1000` change its rounds and map sizes), and the PNG export of 100 and 500
// symbols at 2×.
// Each figure is printed beside the size of its input so growth can be read off.
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(`Arus benchmarks, ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
const args = process.argv.slice(2);
const browserOnly = args.includes('--browser-only');
if (!browserOnly) {
  console.log('\n## Analyzer (analyzeMap)\n');
  console.log(formatAnalyzerBench(runAnalyzerBench()));
  console.log(`\n## Command line (arus analyze), load average ${loadAverage()}\n`);
  console.log(formatCliBench(runCliBench()));
  console.log(`load average after: ${loadAverage()}`);
  await printCollabBench();
  if (!process.argv.includes('--no-load')) await printLoadBench(loadOptionsFrom(process.argv.slice(2)));
}
if (process.argv.includes('--no-browser')) process.exit(0);
console.log('\n## Editor in Chromium (production build), beside bare React Flow\n');
try {
  await runBrowserBench(args);
} catch (error) {
  console.error(`error: browser benchmark: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
console.log('\n## Export (PNG drawn from the document) in Chromium\n');
try {
  await runExportBench();
} catch (error) {
  console.error(`error: export benchmark: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
