import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/**
 * Real PostgreSQL and Redis for the company tests and the load benchmark. CI (`.ci/run`) starts
 * them and sets ARUS_TEST_DATABASE_URL and ARUS_TEST_REDIS_URL; each caller then gets a fresh
 * database of its own on that server. Without them (`npm test` on a laptop) they are started
 * here from the installed binaries, in a temporary folder on free loopback ports, and removed
 * afterwards. Without binaries the caller is told why, to skip loudly, except under CI=true,
 * where a missing service is an error: a skipped test there would hide a broken setup.
 */

export interface CompanyServices {
  databaseUrl: string;
  redisUrl: string;
  /** Stops what was started here, or drops the database made on CI's server. */
  stop(): Promise<void>;
}

export type ServicesOrReason = { services: CompanyServices } | { missing: string };

const isCi = () => process.env.CI === 'true' || process.env.CI === '1';

/** `durable`: a PostgreSQL started here syncs its commits to disk as a real one does (the load benchmark); tests skip that. */
export async function startCompanyServices({ durable = false } = {}): Promise<ServicesOrReason> {
  const givenDatabase = process.env.ARUS_TEST_DATABASE_URL;
  const givenRedis = process.env.ARUS_TEST_REDIS_URL;
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const step of stops.reverse()) await step().catch((error: Error) => console.error(`stopping a test service: ${error.message}`));
  };
  try {
    let serverUrl = givenDatabase;
    if (!serverUrl) {
      const bin = postgresBinDir();
      if (!bin) return missing('PostgreSQL (initdb and postgres) is not installed; on Debian: apt-get install -y postgresql');
      const postgres = await startPostgres(bin, durable);
      stops.push(postgres.stop);
      serverUrl = postgres.url;
    }
    let redisUrl = givenRedis;
    if (!redisUrl) {
      const redisServer = which('redis-server');
      if (!redisServer) {
        await stop();
        return missing('redis-server is not installed; on Debian: apt-get install -y redis-server');
      }
      const redis = await startRedis(redisServer);
      stops.push(redis.stop);
      redisUrl = redis.url;
    }
    const database = await createDatabase(serverUrl);
    stops.push(database.drop);
    return { services: { databaseUrl: database.url, redisUrl, stop } };
  } catch (error) {
    await stop();
    throw error;
  }
}

function missing(reason: string): ServicesOrReason {
  const message = `${reason}, and ARUS_TEST_DATABASE_URL / ARUS_TEST_REDIS_URL are not set`;
  if (isCi()) throw new Error(`CI=true: the company tests need PostgreSQL and Redis. ${message}`);
  return { missing: message };
}

/** A database of its own on `serverUrl`'s server, so test files running at once never meet. */
async function createDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `arus_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** The newest PostgreSQL's programs: Debian keeps them off PATH, under /usr/lib/postgresql/VERSION/bin. */
function postgresBinDir(): string | null {
  const fromPgConfig = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  const candidates: string[] = [];
  if (fromPgConfig.status === 0) candidates.push(fromPgConfig.stdout.trim());
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => join(debian, v, 'bin')));
  }
  const initdb = which('initdb');
  if (initdb) candidates.push(join(initdb, '..'));
  return candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) ?? null;
}

function which(program: string): string | null {
  const found = spawnSync('sh', ['-c', `command -v ${program}`], { encoding: 'utf8' });
  return found.status === 0 && found.stdout.trim() !== '' ? found.stdout.trim() : null;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * PostgreSQL refuses to run as root: as root, its folder belongs to the `postgres` user the
 * Debian package makes and its programs run as that user.
 */
function asPostgresUser(command: string, args: string[]): [string, string[]] {
  return process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
}

function run(command: string, args: string[]): void {
  const [program, argv] = asPostgresUser(command, args);
  const result = spawnSync(program, argv, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}${result.error?.message ?? ''}`);
}

async function startPostgres(bin: string, durable: boolean): Promise<{ url: string; stop: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'arus-postgres-'));
  if (process.getuid?.() === 0) {
    const ids = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    if (ids.status !== 0) throw new Error('running as root and there is no postgres user to run PostgreSQL as');
    const uid = Number(ids.stdout.trim());
    const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const port = await freePort();
  // A throwaway cluster: trust on loopback only; for tests no fsync (they kill the room server, not the database).
  run(join(bin, 'initdb'), ['-D', data, '-U', 'arus', '-A', 'trust', '-E', 'UTF8', '--no-sync']);
  run(join(bin, 'pg_ctl'), [
    '-D', data, '-l', join(dir, 'log'), '-w', '-t', '60',
    '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1${durable ? '' : ' -c fsync=off'}`,
    'start',
  ]);
  return {
    url: `postgres://arus@127.0.0.1:${port}/postgres`,
    stop: async () => {
      run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function startRedis(redisServer: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'arus-redis-'));
  const port = await freePort();
  const child: ChildProcess = spawn(redisServer, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server did not start in 20 s:\n${output}`)), 20_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited with ${code}:\n${output}`));
    });
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
