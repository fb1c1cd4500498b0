import { chromium, type Browser, type Page } from '@playwright/test';

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';

/**
 * Browser benchmark: Arus's editor beside bare React Flow (default nodes) on the same generated
 * maps. Production builds, Chromium headless. Load = navigation start to the first frame with
 * every node and edge painted. Drag = frame times while a symbol is dragged one mousemove per
 * animation frame (the way xyflow's own stress example measures).
 */
export interface BrowserBenchRow {
  page: 'arus' | 'bare';
  symbols: number;
  loadMs: number;
  dragP50Ms: number;
  dragP95Ms: number;
}

const here = fileURLToPath(new URL('.', import.meta.url));
const SIZES = [100, 500, 1_000];
const LOAD_RUNS = 3;
const DRAG_FRAMES = 40;

function chromiumPath(): string | undefined {
  const fromEnv = process.env.ARUS_CHROMIUM ?? process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

const median = (xs: number[]) => percentile(xs, 50);
function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, rank)]!;
}

async function loadOnce(browser: Browser, url: string): Promise<{ page: Page; loadMs: number }> {
  const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
  // tsx compiles with keepNames, which wraps in-page functions in a helper the page lacks.
  await page.addInitScript('window.__name = (f) => f;');
  await page.goto(url);
  await page.waitForFunction(() => window.__benchReady !== undefined, undefined, { timeout: 60_000 });
  const loadMs = await page.evaluate(() => window.__benchReady!);
  return { page, loadMs };
}

/** Frame durations (ms) while one node is dragged across the screen. */
async function dragFrameTimes(page: Page): Promise<number[]> {
  return page.evaluate(async (frames) => {
    const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
    const nodes = [...document.querySelectorAll<HTMLElement>('.react-flow__node')];
    const rect = (el: Element) => el.getBoundingClientRect();
    // A node near the middle of the screen, so the drag stays in view.
    const node = nodes.find((n) => { const r = rect(n); return r.x > 300 && r.y > 200 && r.x < 1100; }) ?? nodes[0]!;
    const r = rect(node);
    let x = r.x + r.width / 2;
    let y = r.y + r.height / 2;
    const mouse = (type: string, target: EventTarget) =>
      target.dispatchEvent(new MouseEvent(type, { clientX: x, clientY: y, bubbles: true, cancelable: true, view: window, button: 0, buttons: 1 }));
    mouse('mousedown', node);
    let last = await nextFrame();
    const times: number[] = [];
    for (let i = 0; i < frames; i++) {
      x += 4;
      y += 2;
      mouse('mousemove', window);
      const now = await nextFrame();
      times.push(now - last);
      last = now;
    }
    mouse('mouseup', window);
    return times;
  }, DRAG_FRAMES);
}

export async function runBrowserBench(log: (line: string) => void = console.log): Promise<BrowserBenchRow[]> {
  await build({ configFile: `${here}browser/vite.config.ts`, logLevel: 'warn' });
  const server = await preview({
    configFile: `${here}browser/vite.config.ts`,
    preview: { host: '127.0.0.1', port: 4190, strictPort: true },
    logLevel: 'warn',
  });
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const rows: BrowserBenchRow[] = [];
  try {
    for (const symbols of SIZES) {
      for (const kind of ['bare', 'arus'] as const) {
        const url = `http://127.0.0.1:4190/${kind}.html?n=${symbols}`;
        const loads: number[] = [];
        let drag: number[] = [];
        for (let run = 0; run < LOAD_RUNS; run++) {
          const { page, loadMs } = await loadOnce(browser, url);
          loads.push(loadMs);
          if (run === LOAD_RUNS - 1) drag = await dragFrameTimes(page);
          await page.close();
        }
        const row: BrowserBenchRow = {
          page: kind,
          symbols,
          loadMs: median(loads),
          dragP50Ms: percentile(drag, 50),
          dragP95Ms: percentile(drag, 95),
        };
        rows.push(row);
        log(`${kind.padEnd(5)} ${String(symbols).padStart(5)} symbols  load ${row.loadMs.toFixed(0).padStart(5)} ms  drag p50 ${row.dragP50Ms.toFixed(1).padStart(5)} ms  p95 ${row.dragP95Ms.toFixed(1).padStart(5)} ms`);
      }
      const [bare, arus] = rows.slice(-2) as [BrowserBenchRow, BrowserBenchRow];
      log(`ratio ${String(symbols).padStart(5)} symbols  load ${(arus.loadMs / bare.loadMs).toFixed(2)}×  drag p50 ${(arus.dragP50Ms / bare.dragP50Ms).toFixed(2)}×  p95 ${(arus.dragP95Ms / bare.dragP95Ms).toFixed(2)}×  (targets: load ≤ 1,000 ms at 1,000 symbols, drag p95 ≤ 16.7 ms, ≤ 1.3× bare)`);
    }
    log(`Chromium ${browser.version()}, viewport 1600×900, ${LOAD_RUNS} loads per row (median), ${DRAG_FRAMES} drag frames`);
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  runBrowserBench().catch((error: unknown) => {
    console.error(`error: browser benchmark: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}

