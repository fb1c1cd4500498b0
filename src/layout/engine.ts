/**
 * The ELK instance the tidy layout runs on, made once on first use. In the browser ELK runs in a
 * web worker (elkjs's own), so laying out a large map never freezes the page: a 1,000-symbol map
 * takes seconds. Elsewhere (tests, Node) the bundled build runs in the same thread. Both are
 * loaded only when first asked for, so the editor's start does not carry ELK's 1.6 MB.
 */
import type { LayoutEngine } from './tidy';

let engine: Promise<LayoutEngine> | null = null;

async function workerEngine(): Promise<LayoutEngine> {
  const [{ default: ELK }, { default: workerUrl }] = await Promise.all([
    import('elkjs/lib/elk-api.js'),
    import('elkjs/lib/elk-worker.min.js?url'),
  ]);
  return new ELK({ workerUrl });
}

async function bundledEngine(): Promise<LayoutEngine> {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  return new ELK();
}

/** The shared ELK: its worker in a browser, the bundled build elsewhere. */
export function layoutEngine(): Promise<LayoutEngine> {
  // The production build is always a browser's: a constant there, so the bundled build is left out of it.
  const inBrowser = import.meta.env?.PROD === true
    || (typeof window !== 'undefined' && typeof Worker === 'function' && !/jsdom/i.test(navigator.userAgent));
  engine ??= (inBrowser ? workerEngine() : bundledEngine()).catch((error: unknown) => {
    // A failed load (a worker file missing offline) is tried again next time.
    engine = null;
    throw error;
  });
  return engine;
}
