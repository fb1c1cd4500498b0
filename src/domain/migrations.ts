import { DocumentError, describeValue, refuse } from './errors';
import { SCHEMA_VERSION } from './types';

/** A document as read from a file, before it has been checked against the schema. */
export type RawDocument = Record<string, unknown>;

/**
 * One step of the file format: turns a document of schema `from` into one of schema `to`
 * (always `from + 1`). `up` gets a fresh copy it may change and returns the new document;
 * the runner sets `schemaVersion` itself.
 */
export interface Migration {
  from: number;
  to: number;
  /** Short and stable: it is reported back (`applied`) and may show in a log. */
  name: string;
  up(doc: RawDocument): RawDocument;
}

/**
 * Schema 2 adds the team's SOP drafts (`sops`, by step id of the future state): a version 1 file
 * gets none, and nothing else changes. A `sops` a version 1 file already held (another tool's
 * field) is kept under `sopsFromVersion1`, never lost and never read as drafts.
 */
export const addSopDrafts: Migration = {
  from: 1,
  to: 2,
  name: 'add-sop-drafts',
  up(doc) {
    const { sops, ...rest } = doc;
    return sops === undefined ? { ...rest, sops: {} } : { ...rest, sopsFromVersion1: sops, sops: {} };
  },
};

/** The migrations of the real format, oldest first. */
export const MIGRATIONS: readonly Migration[] = [addSopDrafts];

/**
 * Brings a raw document up to `currentVersion` by running the migrations after its
 * `schemaVersion` in order. Refuses a missing or non-integer version, a version below 1, a
 * version newer than this build reads, and a gap in the list. Never changes `raw` (returns it
 * as it is when there is nothing to do).
 */
export function migrate(
  raw: RawDocument,
  migrations: readonly Migration[] = MIGRATIONS,
  currentVersion: number = SCHEMA_VERSION,
): { doc: RawDocument; applied: string[] } {
  const version = raw.schemaVersion;
  if (version === undefined) {
    refuse('schemaVersion', 'file.schemaVersionMissing', {});
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    refuse('schemaVersion', 'file.schemaVersionInvalid', { got: describeValue(version) });
  }
  if (version > currentVersion) {
    refuse('schemaVersion', 'file.newerSchema', { version, newest: currentVersion });
  }
  let doc: RawDocument = raw;
  const applied: string[] = [];
  for (let at = version; at < currentVersion; at++) {
    // A migration gets its own copy, so it can never reach the caller's objects.
    if (at === version) doc = structuredClone(raw);
    const step: Migration | undefined = migrations.find((m) => m.from === at);
    if (!step || step.to !== at + 1) {
      refuse('schemaVersion', 'file.noMigration', { from: at, to: at + 1 });
    }
    let next: RawDocument;
    try {
      next = step.up(doc);
    } catch (error) {
      // A migration meets untrusted shapes; whatever trips it, the reader gets one clear error.
      if (error instanceof DocumentError) throw error;
      const why = error instanceof Error ? error.message : String(error);
      refuse('', 'file.migrationFailed', { from: at, to: at + 1, name: step.name, reason: why });
    }
    doc = { ...next, schemaVersion: step.to };
    applied.push(step.name);
  }
  return { doc, applied };
}

