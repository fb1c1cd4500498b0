import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serverAddresses, startRoomServer } from './roomServer';

/**
 * The room server: `npm start` (which builds the app first when needed) or
 * `tsx server/main.ts`. Settings come from the environment:
 *   PORT       the port (default 4321)
 *   HOST       the interface (default 0.0.0.0: every interface, so the workshop network reaches it)
 *   ARUS_DATA  the folder for the rooms' database (default: `data/` in the project)
 *   ARUS_DIST  the built app (default: `dist/` in the project)
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

export async function main(): Promise<void> {
  const host = process.env.HOST || '0.0.0.0';
  const dataDir = resolve(process.env.ARUS_DATA || join(projectDir, 'data'));
  const distDir = resolve(process.env.ARUS_DIST || join(projectDir, 'dist'));
  let server;
  try {
    server = await startRoomServer({ port: portFrom(process.env.PORT), host, dataDir, distDir });
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    const why = code === 'EADDRINUSE' ? `port ${process.env.PORT || DEFAULT_PORT} is in use; choose another with PORT=…` : message;
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
  console.log(`Rooms are kept in ${dataDir}`);
  console.log('Press Ctrl+C to stop.');

  const stop = () => {
    server.closeNow();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
