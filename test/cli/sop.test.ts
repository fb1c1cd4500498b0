// @vitest-environment node
import { strFromU8, unzipSync } from 'fflate';
import { nodeSopIo, runSop, type SopIo } from '../../src/cli/sop';
import { aDocument, aLine, aProcess } from '../fixtures/builders';
import { memoryFiles, sample } from './harness';

async function sop(args: string[], io: Partial<SopIo> = {}) {
  let stdout = '';
  let stderr = '';
  const written = new Map<string, Uint8Array>();
  const code = await runSop(args, {
    ...nodeSopIo,
    stdout: (text) => { stdout += text; },
    stderr: (text) => { stderr += text; },
    writeFile: async (path, bytes) => { written.set(path, bytes); },
    ...io,
  }, '2026-12-02');
  return { code, stdout, stderr, written };
}

describe('arus sop', () => {
  it('writes the future state\'s SOPs as a Word file in the chosen language', async () => {
    const run = await sop([sample('order-to-cash-office.json'), '--docx', 'out.docx', '--lang', 'id']);
    expect(run).toMatchObject({ code: 0, stderr: '', stdout: 'out.docx: 4 SOP\n' });
    const xml = strFromU8(unzipSync(run.written.get('out.docx')!)['word/document.xml']!);
    expect(xml).toContain('SOP-04 Kerja standar di Invoicing (e-invoice at shipment)');
    expect(xml).toContain('1. Tujuan');
  });

  it('says in one line what is missing or wrong, exit status 1', async () => {
    expect(await sop([sample('steering-bracket.json')])).toMatchObject({ code: 1, stderr: 'error: say where to write the Word file: --docx OUT.docx\n' });
    expect((await sop(['--docx', 'x.docx'])).stderr).toMatch(/^error: no map file given/);
    expect((await sop([sample('steering-bracket.json'), '--docx', 'x.docx', '--pdf'])).stderr).toMatch(/^error: unknown option "--pdf"/);
    const noFuture = JSON.stringify(aDocument({ current: aLine(aProcess({}, { id: 'p1' })) }));
    expect(await sop(['map.json', '--docx', 'x.docx'], memoryFiles({ 'map.json': noFuture }))).toMatchObject({
      code: 1, stdout: '', stderr: 'error: map.json: the map has no future state: SOPs are written for the future state\n',
    });
    expect((await sop(['missing.json', '--docx', 'x.docx', '--lang', 'id'])).stderr).toMatch(/^error: missing\.json: /);
  });

  it('reports a file that cannot be written', async () => {
    const run = await sop([sample('steering-bracket.json'), '--docx', '/no/such/dir/out.docx'], { writeFile: nodeSopIo.writeFile });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error: \/no\/such\/dir\/out\.docx: cannot write the Word file: ENOENT/);
  });

  it('--help prints its usage', async () => {
    expect((await sop(['--help'])).stdout).toMatch(/^usage: npx arus sop FILE\.json --docx OUT\.docx/);
  });
});
