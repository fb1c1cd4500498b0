// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { staleBuildReason } from '../../server/build';

/** A project with one source file and, if asked, a build; times in seconds since 1970. */
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function project(times: { source: number; build?: number }): { dir: string; dist: string } {
  const dir = mkdtempSync(join(tmpdir(), 'arus-project-'));
  made.push(dir);
  mkdirSync(join(dir, 'src'));
  const source = join(dir, 'src', 'main.tsx');
  writeFileSync(source, 'export {};');
  utimesSync(source, times.source, times.source);
  utimesSync(join(dir, 'src'), times.source, times.source);
  const dist = join(dir, 'dist');
  if (times.build !== undefined) {
    mkdirSync(dist);
    writeFileSync(join(dist, 'index.html'), '<!doctype html>');
    utimesSync(join(dist, 'index.html'), times.build, times.build);
  }
  return { dir, dist };
}

describe('npm start builds only when needed', () => {
  it('builds when there is no build', () => {
    const { dir, dist } = project({ source: 1_000 });
    expect(staleBuildReason(dir, dist)).toBe('there is no build yet');
  });

  it('builds when a source is newer than the build', () => {
    const { dir, dist } = project({ source: 2_000, build: 1_000 });
    expect(staleBuildReason(dir, dist)).toBe('the sources changed since the last build');
  });

  it('starts at once when the build is newer than every source', () => {
    const { dir, dist } = project({ source: 1_000, build: 2_000 });
    expect(staleBuildReason(dir, dist)).toBeNull();
  });
});
