import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';

import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';

/**
 * Browser benchmark: Arus's editor beside bare React Flow (default nodes) on the same generated
 * maps, production builds, Chromium headless at 1280×720. The bare page gets the canvas size
 * Arus's canvas has, each node the size Arus draws that symbol, and the same zoom limits, fit
 * and grid, so both fit the map at the same zoom and show the same symbols.
 *
 * Drag, zoom and pan are each 40 input events, one per animation frame (as xyflow's own stress
 * example does), dispatched in the page. Each is measured by the browser's own main-thread
 * time (CDP `Performance.getMetrics` before and after: TaskDuration, ScriptDuration,
 * LayoutDuration, RecalcStyleDuration) and by its frame times. The pages take turns (Arus,
 * bare, bare, Arus, …) for several rounds, each on a fresh page, with the machine's load beside
 * every figure.
 *
 * Then the 5,000-symbol map: opening it (the longest main-thread task, from a `longtask`
 * PerformanceObserver registered before the page's own script) and edits on it, each timed from
 * the store command to the next painted frame.
 *
 * `npx tsx bench/browser.bench.ts [--rounds 3] [--sizes 500,1000,2000] [--no-open | --open-only]`
 */

const here = fileURLToPath(new URL('.', import.meta.url));
const VIEWPORT = { width: 1280, height: 720 };
const FRAMES = 40;
const PORT = Number(process.env.ARUS_BENCH_PORT ?? 4190);
const BASE = `http://127.0.0.1:${PORT}`;
const OPEN_SYMBOLS = 5_000;
const EDIT_RUNS = 12;

type Kind = 'arus' | 'bare';
type Gesture = 'drag' | 'zoom' | 'pan';
const GESTURES: readonly Gesture[] = ['drag', 'zoom', 'pan'];

interface MainThread { taskMs: number; scriptMs: number; layoutMs: number; styleMs: number }
export interface GestureResult extends MainThread { frameP50Ms: number; frameP95Ms: number; load1: number }
export interface PageRun {
  kind: Kind;
  symbols: number;
  round: number;
  loadMs: number;
  /** Nodes in the DOM, and nodes whose box meets the canvas. */
  mounted: number;
  inView: number;
  zoom: number;
  /** Elements inside React Flow's viewport (nodes, edges and what they draw). */
  elements: number;
  gestures: Record<Gesture, GestureResult>;
}

function chromiumPath(): string | undefined {
  const fromEnv = process.env.ARUS_CHROMIUM ?? process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

function percentile(xs: readonly number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, rank)] ?? NaN;
}
const median = (xs: readonly number[]) => percentile(xs, 50);
const load1 = () => os.loadavg()[0]!;
const loadText = () => os.loadavg().map((l) => l.toFixed(2)).join(' / ');

async function mainThread(cdp: CDPSession): Promise<MainThread> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { taskMs: get('TaskDuration'), scriptMs: get('ScriptDuration'), layoutMs: get('LayoutDuration'), styleMs: get('RecalcStyleDuration') };
}

async function openPage(browser: Browser, url: string): Promise<{ page: Page; cdp: CDPSession; loadMs: number }> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  // tsx compiles with keepNames, which wraps in-page functions in a helper the page lacks.
  await page.addInitScript('window.__name = (f) => f;');
  await page.addInitScript(() => {
    const w = window as unknown as { __longestTaskMs: number; __tasks: { start: number; ms: number }[] };
    w.__longestTaskMs = 0;
    w.__tasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        w.__tasks.push({ start: entry.startTime, ms: entry.duration });
        w.__longestTaskMs = Math.max(w.__longestTaskMs, entry.duration);
      }
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url);
  await page.waitForFunction(() => window.__benchReady !== undefined, undefined, { timeout: 120_000, polling: 200 });
  const loadMs = await page.evaluate(() => window.__benchReady!);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return { page, cdp, loadMs };
}

/** What the canvas shows now: nodes mounted and in view, the zoom, elements in the viewport. */
async function census(page: Page) {
  return page.evaluate(() => {
    const canvas = document.querySelector('.react-flow')!.getBoundingClientRect();
    const nodes = [...document.querySelectorAll('.react-flow__node')];
    const inView = nodes.filter((n) => {
      const r = n.getBoundingClientRect();
      return r.right > canvas.left && r.left < canvas.right && r.bottom > canvas.top && r.top < canvas.bottom;
    }).length;
    const transform = document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform;
    const zoom = Number(/scale\(([^)]+)\)/.exec(transform)?.[1] ?? 1);
    return { mounted: nodes.length, inView, zoom, elements: document.querySelectorAll('.react-flow__viewport *').length };
  });
}

/**
 * One gesture in the page, one input event per animation frame; returns the frame times and
 * whether it had its effect (the node or the view moved).
 */
async function gestureInPage(page: Page, gesture: Gesture): Promise<{ frames: number[]; moved: boolean }> {
  return page.evaluate(async ({ gesture, frames }) => {
    const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
    const canvas = document.querySelector('.react-flow')!.getBoundingClientRect();
    const centre = { x: canvas.left + canvas.width / 2, y: canvas.top + canvas.height / 2 };
    const viewport = () => document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform;
    const mouse = (type: string, target: EventTarget, x: number, y: number, button: number) =>
      target.dispatchEvent(new MouseEvent(type, {
        clientX: x, clientY: y, bubbles: true, cancelable: true, view: window, button, buttons: button === 1 ? 4 : 1,
      }));
    const times: number[] = [];
    let last = await nextFrame();
    const tick = async () => { const now = await nextFrame(); times.push(now - last); last = now; };
    if (gesture === 'drag') {
      // The node nearest the canvas's centre: the same symbol on both pages.
      const nodes = [...document.querySelectorAll<HTMLElement>('.react-flow__node')];
      const distance = (n: Element) => {
        const r = n.getBoundingClientRect();
        return Math.hypot(r.x + r.width / 2 - centre.x, r.y + r.height / 2 - centre.y);
      };
      const node = nodes.reduce((best, n) => (distance(n) < distance(best) ? n : best));
      const before = node.style.transform;
      const r = node.getBoundingClientRect();
      let x = r.x + r.width / 2;
      let y = r.y + r.height / 2;
      mouse('mousedown', node, x, y, 0);
      last = await nextFrame();
      let moved = false;
      // Away and back, so the symbol stays in view and the next gesture finds the same map.
      for (let i = 0; i < frames; i++) {
        x += i < frames / 2 ? 8 : -8;
        y += i < frames / 2 ? 4 : -4;
        mouse('mousemove', window, x + 8, y + 4, 0);
        await tick();
        moved ||= node.style.transform !== before;
      }
      mouse('mouseup', window, x, y, 0);
      return { frames: times, moved };
    }
    const pane = document.querySelector('.react-flow__pane')!;
    const before = viewport();
    if (gesture === 'zoom') {
      // Ctrl + wheel (a pinch) zooms on both pages: in for half the frames, out for the rest.
      for (let i = 0; i < frames; i++) {
        pane.dispatchEvent(new WheelEvent('wheel', {
          clientX: centre.x, clientY: centre.y, deltaY: i < frames / 2 ? -10 : 10, ctrlKey: true, bubbles: true, cancelable: true, view: window,
        }));
        await tick();
        if (i === frames / 2 - 1 && viewport() === before) return { frames: times, moved: false };
      }
      return { frames: times, moved: true };
    }
    // Pan: the middle button dragged on the empty canvas pans both pages.
    let x = centre.x;
    let y = centre.y;
    mouse('mousedown', pane, x, y, 1);
    last = await nextFrame();
    for (let i = 0; i < frames; i++) {
      x += 10;
      y += 4;
      mouse('mousemove', window, x, y, 1);
      await tick();
    }
    mouse('mouseup', window, x, y, 1);
    return { frames: times, moved: viewport() !== before };
  }, { gesture, frames: FRAMES });
}

async function measureGesture(page: Page, cdp: CDPSession, gesture: Gesture): Promise<GestureResult> {
  const loadBefore = load1();
  const before = await mainThread(cdp);
  const { frames, moved } = await gestureInPage(page, gesture);
  const after = await mainThread(cdp);
  if (!moved) throw new Error(`${gesture} had no effect on ${page.url()}`);
  // Let the last frame's work finish before the next gesture.
  await page.waitForTimeout(300);
  return {
    taskMs: after.taskMs - before.taskMs,
    scriptMs: after.scriptMs - before.scriptMs,
    layoutMs: after.layoutMs - before.layoutMs,
    styleMs: after.styleMs - before.styleMs,
    frameP50Ms: percentile(frames, 50),
    frameP95Ms: percentile(frames, 95),
    load1: (loadBefore + load1()) / 2,
  };
}

/** Arus's canvas size and each symbol's drawn size, for the bare page to copy. */
async function calibrate(browser: Browser): Promise<{ width: number; height: number; sizes: string }> {
  const { page } = await openPage(browser, `${BASE}/arus.html?n=22`);
  const result = await page.evaluate(() => {
    const canvas = document.querySelector('.react-flow')!.getBoundingClientRect();
    const sizes = new Map<string, string>();
    for (const node of document.querySelectorAll<HTMLElement>('.react-flow__node')) {
      const type = [...node.classList].find((c) => c.startsWith('react-flow__node-'))!.slice('react-flow__node-'.length);
      sizes.set(type, `${node.offsetWidth}x${node.offsetHeight}`);
    }
    return { width: Math.round(canvas.width), height: Math.round(canvas.height), sizes: [...sizes].map(([t, s]) => `${t}:${s}`).join(',') };
  });
  await page.close();
  return result;
}

async function runPage(browser: Browser, kind: Kind, symbols: number, round: number, bareQuery: string): Promise<PageRun> {
  const url = kind === 'arus' ? `${BASE}/arus.html?n=${symbols}` : `${BASE}/bare.html?n=${symbols}&${bareQuery}`;
  const { page, cdp, loadMs } = await openPage(browser, url);
  try {
    await page.waitForTimeout(500);
    const seen = await census(page);
    const gestures = {} as Record<Gesture, GestureResult>;
    for (const gesture of GESTURES) gestures[gesture] = await measureGesture(page, cdp, gesture);
    return { kind, symbols, round, loadMs, ...seen, gestures };
  } finally {
    await page.close();
  }
}

const f1 = (x: number) => x.toFixed(1);
const f0 = (x: number) => x.toFixed(0);

function formatRun(run: PageRun): string {
  const g = GESTURES.map((name) => {
    const r = run.gestures[name];
    return `${name} ${f0(r.taskMs).padStart(5)} ms (script ${f0(r.scriptMs)}, layout ${f0(r.layoutMs)}, style ${f0(r.styleMs)}; frames p50 ${f1(r.frameP50Ms)} p95 ${f1(r.frameP95Ms)}; load ${r.load1.toFixed(2)})`;
  }).join('  ');
  return `${run.kind.padEnd(4)} ${String(run.symbols).padStart(5)} round ${run.round}  load ${f0(run.loadMs).padStart(5)} ms  zoom ${run.zoom.toFixed(3)}  in view ${run.inView}  mounted ${run.mounted}  elements ${run.elements}  ${g}`;
}

/** Per size: medians over the rounds of each page, and Arus / bare. */
export function summarize(runs: readonly PageRun[]): string[] {
  const lines: string[] = [];
  for (const symbols of [...new Set(runs.map((r) => r.symbols))]) {
    const of = (kind: Kind) => runs.filter((r) => r.symbols === symbols && r.kind === kind);
    const [arus, bare] = [of('arus'), of('bare')];
    const parts = GESTURES.map((g) => {
      const a = median(arus.map((r) => r.gestures[g].taskMs));
      const b = median(bare.map((r) => r.gestures[g].taskMs));
      const ap = median(arus.map((r) => r.gestures[g].frameP95Ms));
      const bp = median(bare.map((r) => r.gestures[g].frameP95Ms));
      return `${g} ${f0(a)} / ${f0(b)} ms = ${(a / b).toFixed(2)}× (frame p95 ${f1(ap)} / ${f1(bp)})`;
    });
    lines.push(`${String(symbols).padStart(5)} symbols, median of ${arus.length} rounds, Arus / bare main-thread time: ${parts.join('; ')}; `
      + `in view ${median(arus.map((r) => r.inView))} / ${median(bare.map((r) => r.inView))}, zoom ${median(arus.map((r) => r.zoom)).toFixed(3)} / ${median(bare.map((r) => r.zoom)).toFixed(3)}, `
      + `mounted ${median(arus.map((r) => r.mounted))} / ${median(bare.map((r) => r.mounted))}, elements ${median(arus.map((r) => r.elements))} / ${median(bare.map((r) => r.elements))}`);
  }
  return lines;
}

/** Opening the 5,000-symbol map, then edits on it, each from the store command to the next painted frame. */
async function openLargeMap(browser: Browser, log: (line: string) => void): Promise<void> {
  const loadBefore = loadText();
  const { page, loadMs } = await openPage(browser, `${BASE}/arus.html?n=${OPEN_SYMBOLS}`);
  try {
    const opening = await page.evaluate(() => {
      const w = window as unknown as { __longestTaskMs: number; __tasks: { start: number; ms: number }[] };
      return { longest: w.__longestTaskMs, over50: w.__tasks.length, total: w.__tasks.reduce((s, t) => s + t.ms, 0) };
    });
    const seen = await census(page);
    log(`open ${OPEN_SYMBOLS} symbols: ready in ${f0(loadMs)} ms, longest main-thread task ${f0(opening.longest)} ms, `
      + `${opening.over50} tasks over 50 ms (${f0(opening.total)} ms in all); mounted ${seen.mounted}, in view ${seen.inView}, zoom ${seen.zoom.toFixed(3)}; load ${loadBefore}`);
    await page.waitForTimeout(1000);
    const edits = await page.evaluate(async (runs) => {
      const store = window.__benchStore!;
      const painted = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const w = window as unknown as { __tasks: { start: number; ms: number }[] };
      const timeIt = async (edit: (i: number) => void) => {
        const times: number[] = [];
        let longest = 0;
        for (let i = 0; i < runs; i++) {
          await painted();
          const before = store.getState().document;
          const start = performance.now();
          edit(i);
          await painted();
          // An edit the store refused would time nothing.
          if (store.getState().document === before) throw new Error(`edit ${i} changed nothing`);
          times.push(performance.now() - start);
          for (const t of w.__tasks) if (t.start >= start - 1) longest = Math.max(longest, t.ms);
        }
        return { times, longest };
      };
      // A step in the middle of the map; the view does not need to show it.
      const id = 'p1200';
      return {
        'cycle time of one step': await timeIt((i) => store.getState().updateNodeData(id, { cycleTimeSec: 41 + i })),
        'move a selected step (arrow key)': await timeIt(() => {
          store.getState().setSelection({ nodeIds: [id], edgeIds: [] });
          store.getState().nudgeSelection(10, 0);
        }),
        'add a process': await timeIt((i) => { store.getState().addNode('process', { x: 200 + i * 40, y: -400 }); }),
        // A stock feeding a step further down the line: a new branch of the flow, checked for loops.
        'connect two symbols': await timeIt((i) => {
          store.getState().connect({ source: `i${1500 + i}`, target: `p${1700 + i}`, sourceHandle: 'r', targetHandle: 'l' });
        }),
        'delete a step and its arrows': await timeIt((i) => {
          store.getState().setSelection({ nodeIds: [`p${1300 + i}`], edgeIds: [] });
          store.getState().deleteSelection();
        }),
        undo: await timeIt(() => store.getState().undo()),
      };
    }, EDIT_RUNS);
    for (const [name, { times, longest }] of Object.entries(edits)) {
      log(`edit on ${OPEN_SYMBOLS} symbols, ${name}: median ${f0(median(times))} ms, max ${f0(Math.max(...times))} ms `
        + `(${EDIT_RUNS} runs, command to painted frame: ${times.map(f0).join(', ')}; longest task ${f0(longest)} ms)`);
    }
    log(`load average ${loadBefore} before, ${loadText()} after`);
  } finally {
    await page.close();
  }
}

function argValue(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

export async function runBrowserBench(args: readonly string[] = [], log: (line: string) => void = console.log): Promise<PageRun[]> {
  const rounds = Number(argValue(args, '--rounds') ?? 3);
  const sizes = args.includes('--open-only') ? [] : (argValue(args, '--sizes') ?? '500,1000,2000').split(',').map(Number);
  await build({ configFile: `${here}browser/vite.config.ts`, logLevel: 'warn' });
  const server = await preview({
    configFile: `${here}browser/vite.config.ts`,
    preview: { host: '127.0.0.1', port: PORT, strictPort: true },
    logLevel: 'warn',
  });
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const runs: PageRun[] = [];
  try {
    const canvas = await calibrate(browser);
    log(`Chromium ${browser.version()}, window ${VIEWPORT.width}×${VIEWPORT.height}, canvas ${canvas.width}×${canvas.height} on both pages, `
      + `node sizes ${canvas.sizes}, ${FRAMES} events per gesture, ${rounds} rounds; load average ${loadText()} (1, 5, 15 min) on ${os.cpus().length} cores`);
    const bareQuery = `w=${canvas.width}&h=${canvas.height}&sizes=${canvas.sizes}`;
    for (const symbols of sizes) {
      for (let round = 1; round <= rounds; round++) {
        // Arus first in odd rounds, bare first in even ones: a busy moment falls on both alike.
        const order: Kind[] = round % 2 === 1 ? ['arus', 'bare'] : ['bare', 'arus'];
        for (const kind of order) {
          const run = await runPage(browser, kind, symbols, round, bareQuery);
          runs.push(run);
          log(formatRun(run));
        }
      }
    }
    for (const line of summarize(runs)) log(line);
    if (sizes.length > 0) log('target: drag, zoom and pan at 1,000 symbols within 1.3× bare React Flow (main-thread time), and no worse at 2,000');
    if (!args.includes('--no-open')) await openLargeMap(browser, log);
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
  return runs;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  runBrowserBench(process.argv.slice(2)).catch((error: unknown) => {
    console.error(`error: browser benchmark: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
