// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeIo } from '../../src/cli/run';
import { analyze, expectOneErrorLine, fixture, memoryFiles } from './harness';

/*
 * Every case of spec section 8 through the command line. Each bad file is two-steps.json with
 * one thing broken (see the file names in test/fixtures/cli); each must end with status 1,
 * nothing on stdout and one stderr line `error: FILE: …` that names the problem.
 */
const CASES: [file: string, problem: RegExp][] = [
  ['bad-not-json.json', /not valid JSON: .* at line 3, column 3$/],
  ['bad-empty.json', /the file is empty$/],
  ['bad-not-object.json', /holds one JSON object, got a list$/],
  ['bad-wrong-format.json', /: format: .*"arus\.vsm".*"drawio\.xml"/],
  ['bad-newer-schema.json', /schemaVersion: .*newer.*schema 99/],
  ['bad-missing-id.json', /states\.current\.nodes\[2\]\.id: is missing$/],
  ['bad-duplicate-id.json', /duplicate node id "p1"/],
  ['bad-edge-missing-node.json', /edge "e7" points to missing node "p9"$/],
  ['bad-unknown-node-type.json', /unknown node type "robot"/],
  ['bad-unknown-edge-type.json', /unknown edge type "teleport"/],
  ['bad-negative-time.json', /nodes\[2\]\.data\.cycleTimeSec: .*got -5$/],
  ['bad-negative-count.json', /nodes\[2\]\.data\.operators: .*got -1$/],
  ['bad-negative-percent.json', /nodes\[2\]\.data\.scrapPct: .*got -3$/],
  ['bad-nan-string.json', /nodes\[2\]\.data\.cycleTimeSec: .*got "NaN"$/],
  ['bad-infinity-string.json', /nodes\[2\]\.data\.uptimePct: .*got "Infinity"$/],
  // 1e999 is valid JSON and parses to Infinity.
  ['bad-infinity-number.json', /nodes\[1\]\.data\.quantity: .*got Infinity$/],
  ['bad-non-numeric-count.json', /nodes\[4\]\.data\.operators: .*got "three"$/],
  ['bad-string-time.json', /nodes\[2\]\.data\.cycleTimeSec: .*got "45 s"$/],
  ['bad-percent-over-100.json', /nodes\[2\]\.data\.uptimePct: must be a percentage of at most 100%, got 150$/],
  ['bad-material-loop.json', /loop: p1 → i2 → p2 → p1/],
  ['bad-proto-key.json', /"__proto__" is not allowed/],
  ['bad-constructor-key.json', /"constructor" is not allowed/],
  ['bad-prototype-key.json', /"prototype" is not allowed/],
  ['bad-long-label.json', /data\.name: is too long: 11,250 characters, the limit is 200$/],
  ['bad-javascript-link.json', /data\.link: .*http, https or mailto.*"javascript:/],
];

describe('analyze refuses bad input with one line naming the file and the problem', () => {
  it.each(CASES)('%s', async (name, problem) => {
    const file = fixture(name);
    for (const args of [[file], [file, '--json'], [file, '--compare']]) {
      expectOneErrorLine(await analyze(args), file, problem);
    }
  });

  it('names the problem in Indonesian with --lang id', async () => {
    const file = fixture('bad-edge-missing-node.json');
    const run = await analyze([file, '--lang', 'id']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`error: ${file}: states.current.edges[5].target: panah "e7" menunjuk ke simbol "p9" yang tidak ada\n`);
    const newer = fixture('bad-newer-schema.json');
    expect((await analyze([newer, '--lang=id'])).stderr).toBe(
      `error: ${newer}: schemaVersion: dibuat oleh Arus yang lebih baru (skema 99); versi ini hanya membaca sampai skema 2. Perbarui Arus untuk membukanya.\n`,
    );
    const missing = fixture('no-such-map.json');
    expect((await analyze([missing, '--lang', 'id'])).stderr).toBe(`error: ${missing}: berkas tidak ada\n`);
  });

  it('refuses Infinity, a 300-digit number and a node far off the map, naming the path and the limit', async () => {
    const text = readFileSync(fixture('two-steps.json'), 'utf8');
    const doc = JSON.parse(text);
    doc.states.current.nodes[2].position.x = 1e308;
    const files = memoryFiles({
      'far.json': JSON.stringify(doc),
      // 1 followed by 300 zeros is valid JSON: 1e300 seconds is far beyond a year.
      'digits.json': text.replace('"cycleTimeSec": 30', `"cycleTimeSec": 1${'0'.repeat(300)}`),
      'infinite.json': text.replace('"quantity": 1840', '"quantity": 1e999'),
    });
    expectOneErrorLine(await analyze(['far.json'], files), 'far.json',
      /: states\.current\.nodes\[2\]\.position\.x: must be a position in px of at most 1,000,000, got 1e\+308$/);
    expectOneErrorLine(await analyze(['digits.json'], files), 'digits.json',
      /: states\.current\.nodes\[2\]\.data\.cycleTimeSec: must be a time in seconds of at most 8,760 h, got 1e\+300$/);
    expectOneErrorLine(await analyze(['infinite.json'], files), 'infinite.json',
      /: states\.current\.nodes\[1\]\.data\.quantity: must be a whole number of at most 1,000,000,000, got Infinity$/);
  });

  it('refuses a 50 MB file by its size, without reading it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'arus-cli-'));
    try {
      const file = join(dir, 'huge.json');
      // 50 MB of valid JSON: a map with one enormous unknown field.
      const sizeBytes = 50 * 1024 * 1024;
      const head = '{"format":"arus.vsm","schemaVersion":1,"padding":"';
      writeFileSync(file, `${head}${'x'.repeat(sizeBytes - head.length - 2)}"}`);
      let reads = 0;
      const run = await analyze([file, '--json'], {
        readFile: (path) => { reads++; return nodeIo.readFile(path); },
      });
      expectOneErrorLine(run, file, /the file is 50 MB \(52,428,800 bytes\); files up to 20 MB can be opened$/);
      expect(reads).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('accepts a label with HTML and script and prints it as plain text', async () => {
    // The label is text: the report shows exactly what was typed, nothing is interpreted.
    const label = '<script>alert("x")</script><b>Press</b>';
    const report = await analyze([fixture('html-label.json')]);
    expect(report.code).toBe(0);
    expect(report.stderr).toBe('');
    expect(report.stdout).toContain(`Critical path: Steel supplier → Inventory i1 (2.0 days) → ${label} → `);
    expect(report.stdout).toContain(`  ${label}: C/T 30 s, load 63%`);
    const json = JSON.parse((await analyze([fixture('html-label.json'), '--json'])).stdout);
    expect(json.loads[0].label).toBe(label);
  });
});
