import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeDatabaseUrl } from './postgresRoomStore';
import { serverAddresses, startRoomServer } from './roomServer';

/**
 * The room server: `npm start` (which builds the app first when needed) or
 * `tsx server/main.ts`. Settings come from the environment:
 *   PORT       the port (default 4321)
 *   HOST       the interface (default 0.0.0.0: every interface, so the workshop network reaches it)
 *   ARUS_DATA  the folder for the rooms' database (default: `data/` in the project)
 *   ARUS_DIST  the built app (default: `dist/` in the project)
 *   ARUS_DATABASE_URL  PostgreSQL instead of the SQLite file (`postgres://user:password@host:5432/db`)
 *   ARUS_REDIS_URL     Redis, so several servers on one database share rooms live (`redis://host:6379`)
 */
export const DEFAULT_PORT = 4321;

const projectDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function portFrom(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    console.error(`error: PORT must be a whole number from 0 to 65535, got "${value}"`);
    process.exit(1);
  }
  return port;
}

/** host:port of a Redis address, without a password. */
function describeRedisUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || 6379}`;
  } catch {
    return '(address not readable)';
  }
}

export async function main(): Promise<void> {
  const host = process.env.HOST || '0.0.0.0';
  const dataDir = resolve(process.env.ARUS_DATA || join(projectDir, 'data'));
  const distDir = resolve(process.env.ARUS_DIST || join(projectDir, 'dist'));
  let server;
  try {
    server = await startRoomServer({
      port: portFrom(process.env.PORT),
      host,
      dataDir,
      distDir,
      databaseUrl: process.env.ARUS_DATABASE_URL || undefined,
      redisUrl: process.env.ARUS_REDIS_URL || undefined,
    });
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    const database = process.env.ARUS_DATABASE_URL ? ` (rooms database: ${describeDatabaseUrl(process.env.ARUS_DATABASE_URL)})` : '';
    // Some network errors (an AggregateError for a name with two addresses) carry no message.
    const why = code === 'EADDRINUSE' ? `port ${process.env.PORT || DEFAULT_PORT} is in use; choose another with PORT=…` : `${message || code || String(error)}${database}`;
    console.error(`error: the room server could not start: ${why}`);
    process.exit(1);
  }
  const { port } = server;
  const shared = serverAddresses(host, port);
  console.log(`Arus is running on http://localhost:${port}/`);
  if (shared.length > 0) {
    console.log('Share with the room (anyone on this network can open it):');
    for (const address of shared) console.log(`  ${address}`);
  } else {
    console.log('No network address found: only this machine can open it.');
  }
  console.log(`A room: add ?room=NAME to the address (letters, digits, - and _), e.g. ${shared[0] ?? `http://localhost:${port}/`}?room=line-3`);
  console.log(`Rooms are kept in ${server.storeDescription}`);
  if (process.env.ARUS_REDIS_URL) console.log(`Rooms are shared live with the other servers on Redis ${describeRedisUrl(process.env.ARUS_REDIS_URL)}`);
  console.log('Press Ctrl+C to stop.');

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    // Every update is stored already; a database that does not answer must not keep the
    // process alive, only cost the last snapshot.
    const giveUp = setTimeout(() => {
      console.error('error: the database did not answer within 10 s; stopping without the last snapshots (every update is stored)');
      process.exit(1);
    }, 10_000);
    giveUp.unref();
    server.closeNow().then(
      () => process.exit(0),
      (error: Error) => {
        console.error(`error: stopping: ${error.message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
