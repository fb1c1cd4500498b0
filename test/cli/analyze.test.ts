// @vitest-environment node
import { readFileSync } from 'node:fs';
import { REQUIRED_JSON_FIELDS, analyze, expectOneErrorLine, fixture, memoryFiles, sample } from './harness';

/*
 * test/fixtures/cli/two-steps.json, worked by hand:
 *   supplier s → i1 (1,840 pcs) → p1 "Step A" → i2 (days 1.5) → p2 "Step B" → customer c
 *   A = 27,600 s × 2 shifts = 55,200 s a day; D = 18,400 / 20 days = 920 a day; takt = 60 s
 *   i1 = 1,840 / 920 = 2 days; waiting = 2 + 1.5 = 3.5 days
 *   processing = 30 (p1, C/T) + 90 (p2, processingTimeSec) = 120 s; value-added = 20 + 80 = 100 s
 *   lead time = 3.5 + 120 / 55,200 = 3.50217… days
 *   VA ratio = 100 / (3.5 × 55,200 + 120) = 100 / 193,320 = 0.000517…
 *   turns = 20 × 12 / 3.50217 = 68.53 a year; inventory 1,840 + 1.5 days × 920 = 1,380 → 3,220 units, 3.5 days
 *   load p1 = 30 / (60 × 0.8) = 0.625, p2 = 45 / 60 = 0.75 → bottleneck p2
 *   labour = 30 + 90 = 120 s → 120 / 60 = 2 operators; RTY = 0.98 × 0.99 = 0.9702
 *   defects 1 − 0.9702 = 0.0298; waiting: p1 uptime 80 % → 0.2;
 *   inventory: (2 − 1) + (1.5 − 1) = 1.5 days above 1 day / 3.50217 = 0.4283; motion: no data
 */
const TWO_STEPS = fixture('two-steps.json');

describe('analyze --json on a small map worked by hand', () => {
  it('prints one JSON object with every metric of spec section 7', async () => {
    const run = await analyze([TWO_STEPS, '--json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout);
    for (const field of REQUIRED_JSON_FIELDS) expect(result).toHaveProperty(field);
    expect(result.state).toBe('current');
    expect(result.taktTimeSec).toBe(60);
    expect(result.dailyDemand).toBe(920);
    expect(result.waitingTimeDays).toBeCloseTo(3.5, 9);
    expect(result.processingTimeSec).toBe(120);
    expect(result.valueAddedTimeSec).toBe(100);
    expect(result.leadTimeDays).toBeCloseTo(3.5 + 120 / 55_200, 9);
    expect(result.valueAddedRatio).toBeCloseTo(100 / 193_320, 9);
    expect(result.inventoryUnits).toBe(3220);
    expect(result.inventoryDays).toBeCloseTo(3.5, 9);
    expect(result.inventoryTurns).toBeCloseTo(240 / (3.5 + 120 / 55_200), 6);
    expect(result.criticalPath).toEqual(['s', 'i1', 'p1', 'i2', 'p2', 'c']);
    expect(result.bottleneckId).toBe('p2');
    expect(result.operatorsNeeded).toBeCloseTo(2, 9);
    expect(result.rolledThroughputYield).toBeCloseTo(0.9702, 9);
    expect(result.warnings).toEqual([]);
    const score = (category: string) => result.wastes.find((w: { category: string }) => w.category === category);
    expect(result.wastes.map((w: { category: string }) => w.category)).toEqual([
      'defects', 'overproduction', 'waiting', 'talent', 'transportation', 'inventory', 'motion', 'extra-processing',
    ]);
    expect(score('defects').score).toBeCloseTo(0.0298, 9);
    expect(score('waiting').score).toBeCloseTo(0.2, 9);
    expect(score('inventory').score).toBeCloseTo(1.5 / (3.5 + 120 / 55_200), 9);
    expect(score('motion').score).toBeNull();
    // Each finding keeps its code and parameters beside the rendered message.
    expect(score('waiting').findings).toEqual([{
      nodeIds: ['p1'],
      code: 'waste.lowUptime',
      params: { step: { id: 'p1', type: 'process', name: 'Step A' }, uptimePct: 80, minUptimePct: 90 },
      message: 'Uptime 80% at Step A, below 90%',
      value: 80,
      source: 'measured',
    }]);
    // Downtime a day of the flagged step: (1 − 0.8) × 55,200 = 11,040 s.
    expect(score('waiting').measures).toEqual([{ key: 'downtimeSec', unit: 'sec', value: expect.closeTo(11_040, 6) }]);
  });

  it('prints a readable report with units, the critical path by name, bottleneck and wastes', async () => {
    const run = await analyze([TWO_STEPS]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('Two steps (Test part)');
    expect(lines[1]).toMatch(/^Current state/);
    // Every metric of the catalog, in its order, with its unit (VA ratio 0.0517 % → "0.05%").
    expect(lines.slice(3, 19)).toEqual([
      '  Daily demand              920 units a day',
      '  Available time a day      15 h 20 min',
      '  Takt time                 60 s',
      '  Production lead time      3.5 days',
      '  Waiting time              3.5 days',
      '  Processing time           120 s',
      '  Value-added time          100 s',
      '  Value-added ratio         0.05%',
      '  Inventory (units)         3,220 units',
      '  Inventory (days)          3.5 days',
      '  Inventory turns           68.5 a year',
      '  Bottleneck                Step B',
      '  Bottleneck load           75%',
      '  Labour content            120 s',
      '  Operators needed at takt  2',
      '  Rolled throughput yield   97%',
    ]);
    expect(run.stdout).toContain(
      'Critical path: Steel supplier → Inventory i1 (2.0 days) → Step A → Inventory i2 (1.5 days) → Step B → Customer\n',
    );
    expect(run.stdout).toContain('  Step B: C/T 45 s, load 75%\n');
    expect(run.stdout).toContain('  Motion: no data\n');
    expect(run.stdout).toContain('  Waiting: 0.2\n    evidence: Downtime a day 3 h 4 min\n    - Uptime 80% at Step A, below 90%\n');
  });

  it('speaks Indonesian with --lang id: report words, messages and numbers', async () => {
    const run = await analyze([TWO_STEPS, '--lang', 'id']);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[1]).toBe('Kondisi saat ini: 6 simbol, 5 panah');
    // Indonesian numbers: decimal comma, dot for thousands; Indonesian units.
    expect(lines).toContain('  Permintaan harian                   920 unit per hari');
    expect(lines).toContain('  Lead time produksi                  3,5 hari');
    expect(lines).toContain('  Persediaan (unit)                   3.220 unit');
    expect(lines).toContain('  Perputaran persediaan               68,5 per tahun');
    expect(lines).toContain('  Takt time                           60 dtk');
    expect(run.stdout).toContain('Jalur kritis: Steel supplier → Persediaan i1 (2,0 hari) → Step A');
    expect(run.stdout).toContain('  Menunggu: 0,2\n    bukti: Downtime per hari 3 jam 4 mnt\n    - Uptime 80% di Step A, di bawah 90%\n');
    expect(run.stdout).toContain('    - 2,0 hari stok di Persediaan i1 (1.840 unit), di atas 1 hari\n');
    const json = JSON.parse((await analyze([TWO_STEPS, '--json', '--lang=id'])).stdout);
    expect(json.wastes[2].findings[0]).toMatchObject({ code: 'waste.lowUptime', message: 'Uptime 80% di Step A, di bawah 90%' });
  });

  it('says why a number is missing: no customer means no takt', async () => {
    const doc = JSON.parse(readFileSync(TWO_STEPS, 'utf8'));
    doc.states.current.nodes = doc.states.current.nodes.filter((n: { id: string }) => n.id !== 'c');
    doc.states.current.edges = doc.states.current.edges.filter((e: { target: string }) => e.target !== 'c');
    const files = memoryFiles({ 'no-customer.json': JSON.stringify(doc) });
    const json = JSON.parse((await analyze(['no-customer.json', '--json'], files)).stdout);
    expect(json.taktTimeSec).toBeNull();
    expect(json.warnings.map((w: { code: string }) => w.code)).toContain('analysis.noCustomer');
    const noCustomer = json.warnings.find((w: { code: string }) => w.code === 'analysis.noCustomer');
    expect(noCustomer).toEqual({
      code: 'analysis.noCustomer', params: {},
      unavailable: ['dailyDemand', 'taktTimeSec', 'bottleneckLoad', 'operatorsNeeded'],
      message: expect.stringMatching(/^No customer on the map: no daily demand and no takt time/),
    });
    const report = await analyze(['no-customer.json'], files);
    expect(report.code).toBe(0);
    expect(report.stdout).toMatch(/Takt time +not computed \(see warnings\)\n/);
    expect(report.stdout).toMatch(/\nWarnings:\n {2}- No customer on the map/);
    const laporan = await analyze(['no-customer.json', '--lang', 'id'], files);
    expect(laporan.stdout).toMatch(/Takt time +tidak dihitung \(lihat peringatan\)\n/);
    expect(laporan.stdout).toMatch(/\nPeringatan:\n {2}- Belum ada pelanggan di peta/);
  });
});

describe('analyze on the sample maps', () => {
  const index = JSON.parse(readFileSync(sample('index.json'), 'utf8')) as { file: string; title: string; description: string }[];

  it('lists every sample in index.json with a title and a description', () => {
    expect(index.map((entry) => entry.file).sort()).toEqual(['order-to-cash-office.json', 'steering-bracket.json']);
    for (const entry of index) {
      expect(entry.title.length).toBeGreaterThan(5);
      expect(entry.description.length).toBeGreaterThan(20);
    }
  });

  it.each(['steering-bracket.json', 'order-to-cash-office.json'])('%s: both states analyse cleanly and the future improves', async (name) => {
    for (const state of ['current', 'future']) {
      const run = await analyze([sample(name), '--state', state, '--json']);
      expect(run.code).toBe(0);
      const result = JSON.parse(run.stdout);
      for (const field of REQUIRED_JSON_FIELDS) expect(result).toHaveProperty(field);
      expect(result.state).toBe(state);
      expect(result.warnings).toEqual([]);
      expect(result.valueAddedRatio).toBeLessThan(0.01);
      expect(result.bottleneckId).not.toBeNull();
      expect(result.wastes.some((w: { findings: unknown[] }) => w.findings.length > 0)).toBe(true);
    }
    const both = JSON.parse((await analyze([sample(name), '--compare', '--json'])).stdout);
    expect(both.future.leadTimeDays).toBeLessThan(both.current.leadTimeDays / 2);
    expect(both.future.inventoryUnits).toBeLessThan(both.current.inventoryUnits);
    expect(both.future.valueAddedRatio).toBeGreaterThan(both.current.valueAddedRatio);
  });

  it('steering bracket: takt 60 s, about 24.6 days of lead time, Assembly 1 over takt', async () => {
    // 18,400 / 20 = 920 a day; 55,200 / 920 = 60 s. Waiting 0.5 + 5 + 7,000/920 + 1,700/920
    // + 2,450/920 + 1,840/920 + 4,140/920 + 0.5 = 24.62 days; processing 1+39+46+62+40+8 = 196 s.
    const result = JSON.parse((await analyze([sample('steering-bracket.json'), '--json'])).stdout);
    expect(result.taktTimeSec).toBe(60);
    expect(result.waitingTimeDays).toBeCloseTo(6 + 17_130 / 920, 9);
    expect(result.processingTimeSec).toBe(196);
    expect(result.valueAddedRatio).toBeLessThan(0.001);
    expect(result.bottleneckId).toBe('assembly-1'); // 62 s against 60 s takt
    expect(result.criticalPath[0]).toBe('supplier');
    expect(result.criticalPath.at(-1)).toBe('customer');
  });

  it('steering bracket --compare: the report shows both states and the changes', async () => {
    const run = await analyze([sample('steering-bracket.json'), '--compare']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('\nCurrent state: ');
    expect(run.stdout).toContain('\nFuture state: ');
    expect(run.stdout).toMatch(/Production lead time +24\.6 days → 4\.5 days {2}−20\.1 days \(−82%\) {2}better\n/);
    expect(run.stdout).toMatch(/Steps added: .*Weld \+ assembly cell/);
    expect(run.stdout).toMatch(/Steps removed: .*Spot weld 1/);
    expect(run.stdout).toMatch(/Steps changed: .*Stamping \(batchSize, changeoverSec, uptimePct, wasteTags\)/);
  });

  it('steering bracket --compare --json: { current, future, changes }', async () => {
    const run = await analyze([sample('steering-bracket.json'), '--compare', '--json']);
    const result = JSON.parse(run.stdout);
    expect(Object.keys(result)).toEqual(['current', 'future', 'changes']);
    expect(result.current.state).toBe('current');
    expect(result.future.state).toBe('future');
    const lead = result.changes.metrics.find((m: { key: string }) => m.key === 'leadTimeDays');
    expect(lead.change).toBeCloseTo(result.future.leadTimeDays - result.current.leadTimeDays, 9);
    expect(lead.changePct).toBeLessThan(-75);
    expect(result.changes.stepsAdded.map((s: { nodeId: string }) => s.nodeId)).toContain('f-cell');
    expect(result.changes.stepsRemoved.map((s: { nodeId: string }) => s.nodeId)).toContain('weld-1');
  });

  it('--state future reports the future state with its kaizen bursts', async () => {
    const run = await analyze([sample('steering-bracket.json'), '--state=future']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Steering bracket, current and future \(Steering bracket L\/R\)\nFuture state: /);
    expect(run.stdout).toMatch(/\n {2}Bottleneck +Weld \+ assembly cell\n {2}Bottleneck load +93%\n/);
    expect(run.stdout).toContain('Kaizen bursts:\n  Stamping changeover 1 h → 10 min (SMED) (improves Stamping, waste Waiting,');
  });
});

describe('analyze: arguments and files it cannot use', () => {
  it('--state future on a map without a future state is an error', async () => {
    expectOneErrorLine(await analyze([TWO_STEPS, '--state', 'future']), TWO_STEPS, /has no future state/);
  });

  it('--compare on a map without a future state is an error', async () => {
    expectOneErrorLine(await analyze([TWO_STEPS, '--compare']), TWO_STEPS, /no future state/);
  });

  it.each([
    [['--verbose', 'map.json'], /unknown option "--verbose"/],
    [['map.json', '--state'], /--state needs a value/],
    [['map.json', '--state', 'past'], /--state must be current or future, got "past"/],
    [[], /no map file given/],
    [['--json'], /no map file given/],
    [['a.json', 'b.json'], /one map file at a time/],
    [['map.json', '--compare', '--state', 'future'], /leave out --state/],
  ])('%j is a usage error', async (args, problem) => {
    expectOneErrorLine(await analyze(args as string[]), null, problem);
  });

  it('--help prints the usage and succeeds', async () => {
    const run = await analyze(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^usage: npx arus analyze FILE\.json \[--state current\|future\] \[--json\] \[--compare\] \[--action-plan csv\] \[--lang en\|id\]\n/);
    expect((await analyze(['--help', '--lang', 'id'])).stdout).toMatch(/^pemakaian: npx arus analyze BERKAS\.json/);
  });

  it('a missing file and a directory are named in one line', async () => {
    const missing = fixture('no-such-map.json');
    expectOneErrorLine(await analyze([missing]), missing, /no such file$/);
    const folder = fixture('');
    expectOneErrorLine(await analyze([folder]), folder, /is a directory/);
  });

  it('an unexpected failure still ends in one line and status 1', async () => {
    const run = await analyze([TWO_STEPS], { stdout: () => { throw new Error('stream closed\n  by the reader'); } });
    expectOneErrorLine(run, TWO_STEPS, /: unexpected error: stream closed by the reader$/);
  });

  it('a file that cannot be read names the reason', async () => {
    const run = await analyze(['map.json'], {
      fileSize: async () => 100,
      readFile: async () => { throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }); },
    });
    expectOneErrorLine(run, 'map.json', /permission denied$/);
  });

  it('control characters in user text are shown escaped, never sent to the terminal', async () => {
    const doc = JSON.parse(readFileSync(TWO_STEPS, 'utf8'));
    doc.states.current.nodes[2].data.name = 'Press\u001b[2J\nline two';
    const run = await analyze(['ctl.json'], memoryFiles({ 'ctl.json': JSON.stringify(doc) }));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('→ Press\\u001b[2J\\u000aline two →');
    expect(run.stdout).not.toContain('\u001b');
  });
});

describe('analyze --action-plan csv', () => {
  it('prints every kaizen burst as CSV with headers in the chosen language', async () => {
    const run = await analyze([sample('steering-bracket.json'), '--action-plan', 'csv', '--lang', 'id']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\r\n');
    expect(lines[0]).toBe('\uFEFFKaizen,Pemborosan,Langkah yang diperbaiki,Penanggung jawab,Tenggat,Status,Target,Kondisi peta');
    // Six bursts, then the final line break.
    expect(lines).toHaveLength(8);
    expect(lines[6]).toBe('Daily coil delivery,Persediaan,Persediaan f-inv-coils,Agus Pratama (purchasing),2027-01-15,Selesai,Coils from 5 days to 1.5 days,Kondisi masa depan');
  });

  it('refuses another format, and the options it cannot go with', async () => {
    expectOneErrorLine(await analyze([sample('steering-bracket.json'), '--action-plan', 'xlsx']), null, /^error: --action-plan takes csv, got "xlsx"$/);
    expectOneErrorLine(await analyze([sample('steering-bracket.json'), '--action-plan=csv', '--json']), null, /^error: --action-plan prints the plan of both states alone; leave out --state, --json and --compare$/);
  });
});
