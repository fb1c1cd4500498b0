// @vitest-environment node
// Tests reach into raw, untyped JSON to break one part of a file at a time.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { renderDocumentError } from '../../src/i18n/domain';
import { DocumentError } from '../../src/domain/errors';
import { MIGRATIONS, migrate, type Migration, type RawDocument } from '../../src/domain/migrations';
import { parseDocumentText, serializeDocument } from '../../src/domain/validate';
import { aDocument, aLine, aProcess, aCustomer } from '../fixtures/builders';

/** A version 1 file as plain JSON data: as schema 2 without the SOP drafts. */
function versionOneFile(): RawDocument {
  const doc = aDocument({
    current: aLine(aProcess({ name: 'Stamping', changeoverSec: 3_600 }, { id: 'p1' }), aCustomer({}, { id: 'c1' })),
  });
  const { sops: _none, ...file } = JSON.parse(JSON.stringify(doc)) as RawDocument;
  return { ...file, schemaVersion: 1 };
}

type Json = Record<string, any>;

/**
 * A hypothetical schema 2 that renames a process's `changeoverSec` to `setupSec`, in every state.
 * This is how a real migration would look: pure, touching only what changed.
 */
const renameChangeover: Migration = {
  from: 1,
  to: 2,
  name: 'rename-changeover-to-setup',
  up(doc) {
    const states = (doc as Json).states as Json;
    for (const key of ['current', 'future']) {
      for (const node of (states[key]?.nodes ?? []) as Json[]) {
        if (node.data && 'changeoverSec' in node.data) {
          const { changeoverSec, ...rest } = node.data;
          node.data = { ...rest, setupSec: changeoverSec };
        }
      }
    }
    return doc;
  },
};

/** A hypothetical schema 3 that adds a `units` field to the document. */
const addUnits: Migration = { from: 2, to: 3, name: 'add-units', up: (doc) => ({ ...doc, units: 'metric' }) };

function refusal(run: () => unknown): DocumentError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DocumentError);
    return error as DocumentError;
  }
  throw new Error('expected a refusal');
}

describe('migrate', () => {
  it('has one migration for the real format: 1 to 2 adds the SOP drafts', () => {
    expect(MIGRATIONS.map((m) => [m.from, m.to, m.name])).toEqual([[1, 2, 'add-sop-drafts']]);
    const file = { ...versionOneFile(), schemaVersion: 2, sops: {} };
    expect(migrate(file)).toEqual({ doc: file, applied: [] });
  });

  it('gives a version 1 file empty SOP drafts and changes nothing else', () => {
    const file = versionOneFile();
    const before = structuredClone(file);
    const { doc, applied } = migrate(file);
    expect(applied).toEqual(['add-sop-drafts']);
    expect(doc).toEqual({ ...before, schemaVersion: 2, sops: {} });
    // The caller's file is untouched.
    expect(file).toEqual(before);
  });

  it('keeps a `sops` field a version 1 file had under another name, never as drafts', () => {
    const file = { ...versionOneFile(), sops: ['from another tool'] };
    const { doc } = migrate(file);
    expect(doc.sops).toEqual({});
    expect(doc.sopsFromVersion1).toEqual(['from another tool']);
  });

  it('brings a version 1 file to a hypothetical version 2, renaming a field', () => {
    const file = versionOneFile();
    const { doc, applied } = migrate(file, [renameChangeover], 2);
    expect(applied).toEqual(['rename-changeover-to-setup']);
    expect(doc.schemaVersion).toBe(2);
    const stamping = ((doc as Json).states.current.nodes as Json[])[0]!;
    expect(stamping.data).toEqual({ name: 'Stamping', setupSec: 3_600 });
    // The caller's file is untouched.
    expect(((file as Json).states.current.nodes as Json[])[0]!.data.changeoverSec).toBe(3_600);
  });

  it('runs migrations in order, whatever order the list has', () => {
    const { doc, applied } = migrate(versionOneFile(), [addUnits, renameChangeover], 3);
    expect(applied).toEqual(['rename-changeover-to-setup', 'add-units']);
    expect(doc).toMatchObject({ schemaVersion: 3, units: 'metric' });
  });

  it('starts from the version the file has', () => {
    const file = { ...versionOneFile(), schemaVersion: 2 };
    expect(migrate(file, [renameChangeover, addUnits], 3).applied).toEqual(['add-units']);
  });

  it('refuses a version newer than it knows, with a clear message', () => {
    const error = refusal(() => migrate({ ...versionOneFile(), schemaVersion: 3 }, [renameChangeover], 2));
    expect(error.path).toBe('schemaVersion');
    expect(error.problem).toEqual({ code: 'file.newerSchema', params: { version: 3, newest: 2 } });
    expect(renderDocumentError(error, 'en')).toBe(
      'schemaVersion: made by a newer Arus (schema 3); this version reads up to schema 2. Update Arus to open it.',
    );
    expect(renderDocumentError(error, 'id')).toBe(
      'schemaVersion: dibuat oleh Arus yang lebih baru (skema 3); versi ini hanya membaca sampai skema 2. Perbarui Arus untuk membukanya.',
    );
  });

  it.each([
    [undefined, { code: 'file.schemaVersionMissing', params: {} }],
    ['1', { code: 'file.schemaVersionInvalid', params: { got: { kind: 'text', text: '1' } } }],
    [1.5, { code: 'file.schemaVersionInvalid', params: { got: { kind: 'number', text: '1.5' } } }],
    [0, { code: 'file.schemaVersionInvalid', params: { got: { kind: 'number', text: '0' } } }],
    [null, { code: 'file.schemaVersionInvalid', params: { got: { kind: 'null' } } }],
  ])('refuses the schemaVersion %j', (version, problem) => {
    const file: RawDocument = { ...versionOneFile(), schemaVersion: version };
    if (version === undefined) delete file.schemaVersion;
    const error = refusal(() => migrate(file));
    expect(error.path).toBe('schemaVersion');
    expect(error.problem).toEqual(problem);
  });

  it('refuses a gap in the list of migrations', () => {
    expect(refusal(() => migrate(versionOneFile(), [addUnits], 3)).problem).toEqual({ code: 'file.noMigration', params: { from: 1, to: 2 } });
  });

  it('turns a migration that trips over a strange file into a DocumentError', () => {
    const file = { format: 'arus.vsm', schemaVersion: 1, states: 'not an object' };
    const error = refusal(() => migrate(file, [{ ...renameChangeover, up: (doc) => ({ ...doc, count: (doc.states as Json).current.nodes.length }) }], 2));
    expect(error.code).toBe('file.migrationFailed');
    expect(error.params).toMatchObject({ from: 1, to: 2, name: 'rename-changeover-to-setup' });
  });
});

describe('schema versions through parseDocumentText', () => {
  it('refuses a file from a newer Arus', () => {
    const text = JSON.stringify({ ...versionOneFile(), schemaVersion: 3 });
    const error = refusal(() => parseDocumentText(text));
    expect([error.path, error.problem]).toEqual(['schemaVersion', { code: 'file.newerSchema', params: { version: 3, newest: 2 } }]);
  });

  it('opens a version 1 file as schema 2 with no drafts, the map as it was', () => {
    const file = versionOneFile();
    const doc = parseDocumentText(JSON.stringify(file));
    expect(doc.schemaVersion).toBe(2);
    expect(doc.sops).toEqual({});
    expect(doc.states).toEqual(file.states);
    expect(doc.title).toBe(file.title);
  });

  it('keeps the drafts of a version 2 file saved and opened again', () => {
    const sops = {
      p1: {
        number: 'SOP-01', title: 'Standard work at Stamping', purpose: 'Run it the same way.', scope: 'Stamping only.',
        roles: [{ id: 'r1', role: 'Team member', duty: 'Stamp.' }],
        procedure: [{ id: 'p1', text: 'Take a coil.' }, { id: 'x9', text: 'Stamp it.' }],
        standards: [{ id: 's1', item: 'Cycle time', value: '1 s' }],
        checklist: [{ id: 'c1', text: '5S done.' }],
        revisions: [{ id: 'v1', version: '0', date: '2026-12-02', change: 'First draft', author: 'Rina' }],
      },
    };
    const doc = aDocument({ current: aLine(aProcess({ name: 'Stamping' }, { id: 'p1' })), sops });
    const reopened = parseDocumentText(serializeDocument(doc));
    expect(reopened.sops).toEqual(sops);
    expect(reopened).toEqual(doc);
  });

  it('refuses a file without a schemaVersion', () => {
    const file = versionOneFile();
    delete file.schemaVersion;
    expect(refusal(() => parseDocumentText(JSON.stringify(file))).path).toBe('schemaVersion');
  });
});
