import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WebSocket } from 'ws';

const projectDir = fileURLToPath(new URL('../..', import.meta.url));

/** Ports the server tests may use (the defaults 4173 and 4321 stay free for people). */
const TEST_PORTS = [4193, 4194, 4195, 4196, 4197, 4198, 4199];

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** Starts the server on the first of the test ports that is free (another test may take one meanwhile). */
export async function startOnFreePort(env: ServerSettings): Promise<RunningServer & { port: number }> {
  for (const port of TEST_PORTS) {
    if (!(await isFree(port))) continue;
    try {
      return { ...(await startServer({ ...env, port })), port };
    } catch (error) {
      if (!String(error).includes('is in use')) throw error;
    }
  }
  throw new Error(`no free port among ${TEST_PORTS.join(', ')}`);
}

/** A stand-in for a build: an index page and one hashed script. */
export function fakeDist(): { dir: string; script: string } {
  const dir = mkdtempSync(join(tmpdir(), 'arus-dist-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Arus</title><div id="root"></div>');
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log("arus");');
  return { dir, script: '/assets/index-abc123.js' };
}

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'arus-data-'));
}

export interface RunningServer {
  process: ChildProcess;
  output: () => string;
  /** Ends the server with `signal` and waits until it has exited. */
  stop: (signal?: NodeJS.Signals) => Promise<void>;
}

export interface ServerSettings {
  dataDir: string;
  distDir: string;
  /** ARUS_DATABASE_URL and ARUS_REDIS_URL: left unset when absent. */
  databaseUrl?: string;
  redisUrl?: string;
}

/** Starts the real room server (`server/main.ts` through tsx) and waits until it says it runs. */
export async function startServer(env: ServerSettings & { port: number }): Promise<RunningServer> {
  const { ARUS_DATABASE_URL: _database, ARUS_REDIS_URL: _redis, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: projectDir,
    env: {
      ...inherited,
      ...(env.databaseUrl ? { ARUS_DATABASE_URL: env.databaseUrl } : {}),
      ...(env.redisUrl ? { ARUS_REDIS_URL: env.redisUrl } : {}),
      PORT: String(env.port),
      HOST: '127.0.0.1',
      ARUS_DATA: env.dataDir,
      ARUS_DIST: env.distDir,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    // tsx compiles the server on start: seconds alone, far more on a 2-core machine busy with a build.
    const timer = setTimeout(() => reject(new Error(`the server did not start in 45 s:\n${output}`)), 45_000);
    const check = () => {
      // The last line of the start message: everything before it has been printed.
      if (output.includes('Press Ctrl+C to stop.')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code}:\n${output}`));
    });
  });
  return {
    process: child,
    output: () => output,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** Polls `check` until it holds, failing after `timeoutMs` with `what`. */
export async function waitFor(what: string, check: () => boolean, timeoutMs = 15_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * `ws` for the room providers in Node. A socket still connecting when its provider is destroyed
 * (the last test ends during a reconnect) emits an error nobody listens to, which fails the run
 * for nothing: the provider already treats a close as a close.
 */
export class TestWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('error', () => {});
  }
}
