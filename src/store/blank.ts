import { DEFAULT_SETTINGS, FORMAT, SCHEMA_VERSION, type VsmDocument } from '../domain/types';

export const UNTITLED = 'Untitled value stream';

/** A blank map as a workshop starts it: the supplier at the left, the customer at the right. */
export function blankDocument(title: string = UNTITLED): VsmDocument {
  return {
    format: FORMAT,
    schemaVersion: SCHEMA_VERSION,
    title,
    states: {
      current: {
        settings: { ...DEFAULT_SETTINGS },
        nodes: [
          { id: 's1', type: 'supplier', position: { x: 0, y: 0 }, data: {} },
          { id: 'c2', type: 'customer', position: { x: 960, y: 0 }, data: {} },
        ],
        edges: [],
      },
      future: null,
    },
    sops: {},
  };
}
