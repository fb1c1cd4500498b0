// @vitest-environment node
// Tests reach into raw, untyped JSON to break one part of a file at a time.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { DocumentError } from '../../src/domain/errors';
import { MIGRATIONS, migrate, type Migration, type RawDocument } from '../../src/domain/migrations';
import { parseDocumentText } from '../../src/domain/validate';
import { aDocument, aLine, aProcess, aCustomer } from '../fixtures/builders';

/** A version 1 file as plain JSON data. */
function versionOneFile(): RawDocument {
  const doc = aDocument({
    current: aLine(aProcess({ name: 'Stamping', changeoverSec: 3_600 }, { id: 'p1' }), aCustomer({}, { id: 'c1' })),
  });
  return JSON.parse(JSON.stringify(doc)) as RawDocument;
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
  it('has no migrations for the real format yet: version 1 is the first', () => {
    expect(MIGRATIONS).toEqual([]);
    const file = versionOneFile();
    expect(migrate(file)).toEqual({ doc: file, applied: [] });
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
    expect(error.message).toBe(
      'schemaVersion: made by a newer Arus (schema 3); this version reads up to schema 2. Update Arus to open it.',
    );
  });

  it.each([
    [undefined, 'schemaVersion: is missing: the file does not say which version of the format it uses'],
    ['1', 'schemaVersion: must be a whole number from 1, got "1"'],
    [1.5, 'schemaVersion: must be a whole number from 1, got 1.5'],
    [0, 'schemaVersion: must be a whole number from 1, got 0'],
    [null, 'schemaVersion: must be a whole number from 1, got null'],
  ])('refuses the schemaVersion %j', (version, message) => {
    const file: RawDocument = { ...versionOneFile(), schemaVersion: version };
    if (version === undefined) delete file.schemaVersion;
    expect(refusal(() => migrate(file)).message).toBe(message);
  });

  it('refuses a gap in the list of migrations', () => {
    expect(refusal(() => migrate(versionOneFile(), [addUnits], 3)).message).toBe(
      'schemaVersion: schema 1 cannot be read: no migration from schema 1 to 2',
    );
  });

  it('turns a migration that trips over a strange file into a DocumentError', () => {
    const file = { format: 'arus.vsm', schemaVersion: 1, states: 'not an object' };
    const error = refusal(() => migrate(file, [{ ...renameChangeover, up: (doc) => ({ ...doc, count: (doc.states as Json).current.nodes.length }) }], 2));
    expect(error.message).toMatch(/^could not bring the file from schema 1 to 2 \(rename-changeover-to-setup\): /);
  });
});

describe('schema versions through parseDocumentText', () => {
  it('refuses a file from a newer Arus', () => {
    const text = JSON.stringify({ ...versionOneFile(), schemaVersion: 2 });
    expect(refusal(() => parseDocumentText(text)).message).toBe(
      'schemaVersion: made by a newer Arus (schema 2); this version reads up to schema 1. Update Arus to open it.',
    );
  });

  it('refuses a file without a schemaVersion', () => {
    const file = versionOneFile();
    delete file.schemaVersion;
    expect(refusal(() => parseDocumentText(JSON.stringify(file))).path).toBe('schemaVersion');
  });
});
