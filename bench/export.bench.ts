import { chromium } from '@playwright/test';
import os from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import type { ExportRun } from './browser/export';

/**
 * Export benchmark: the PNG export (picture drawn from the document, painted on a canvas, the
 * map written into the PNG) of generated maps of 100 and 500 symbols at 2×, in Chromium on the
 * production build. Median of several runs after a warm-up; the longest frame while it runs is
 * how long the page could not answer. Target: 500 symbols at 2× in 1.5 s or less.
 */
const here = fileURLToPath(new URL('.', import.meta.url));
const SIZES = [100, 500];
const RUNS = 5;
const SCALE = 2;
const PORT = Number(process.env.ARUS_BENCH_EXPORT_PORT ?? 4191);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const load = () => os.loadavg().map((x) => x.toFixed(2)).join(', ');

export interface ExportBenchRow { symbols: number; medianMs: number; stages: string; maxMs: number; longestFrameMs: number; width: number; height: number; scaledDown: boolean; kB: number }

export async function runExportBench(log: (line: string) => void = console.log): Promise<ExportBenchRow[]> {
  await build({ configFile: `${here}browser/vite.config.ts`, logLevel: 'warn' });
  const server = await preview({
    configFile: `${here}browser/vite.config.ts`, preview: { host: '127.0.0.1', port: PORT, strictPort: true }, logLevel: 'warn',
  });
  const executablePath = process.env.ARUS_CHROMIUM ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const rows: ExportBenchRow[] = [];
  try {
    log(`PNG export at ${SCALE}×, ${RUNS} runs after a warm-up (median), load average before: ${load()}`);
    for (const symbols of SIZES) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      await page.addInitScript('window.__name = (f) => f;');
      await page.goto(`http://127.0.0.1:${PORT}/export.html?n=${symbols}`);
      await page.waitForFunction(() => window.__exportOnce !== undefined);
      const once = () => page.evaluate((scale) => window.__exportOnce!(scale as 2), SCALE) as Promise<ExportRun>;
      await once();
      const runs: ExportRun[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await once());
      await page.close();
      const last = runs.at(-1)!;
      const row: ExportBenchRow = {
        symbols: last.symbols,
        medianMs: median(runs.map((r) => r.ms)),
        maxMs: Math.max(...runs.map((r) => r.ms)),
        longestFrameMs: median(runs.map((r) => r.longestFrameMs)),
        stages: Object.keys(last.stages).map((key) => `${key} ${median(runs.map((r) => r.stages[key] ?? 0)).toFixed(0)}`).join(', '),
        width: last.width, height: last.height, scaledDown: last.scaledDown, kB: last.kB,
      };
      rows.push(row);
      log(`${String(row.symbols).padStart(4)} symbols  median ${row.medianMs.toFixed(0).padStart(5)} ms  max ${row.maxMs.toFixed(0).padStart(5)} ms  longest frame ${row.longestFrameMs.toFixed(0).padStart(4)} ms  ${row.width} × ${row.height} px${row.scaledDown ? ' (drawn smaller)' : ''}  ${row.kB.toFixed(0)} kB  (ms: ${row.stages})`);
    }
    log(`Chromium ${browser.version()}, load average after: ${load()} (target: 500 symbols at 2× ≤ 1,500 ms)`);
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  runExportBench().catch((error: unknown) => {
    console.error(`error: export benchmark: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
