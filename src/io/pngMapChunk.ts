import extractChunks from 'png-chunks-extract';
import { buf as crc32 } from 'crc-32';

/**
 * The map carried inside an exported PNG, as excalidraw's pictures carry their scene: one `iTXt`
 * chunk (UTF-8, so Indonesian names and any script survive; `tEXt` is Latin-1 only) whose
 * keyword names the format and whose text is the document's JSON. Reading goes through
 * `png-chunks-extract`, which checks every chunk's CRC; writing splices one chunk in before
 * `IEND` rather than re-encoding the whole picture.
 */
export const MAP_CHUNK_KEYWORD = 'arus.vsm';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

/** Why a PNG gave no map: it is not a PNG, it is damaged, or it holds none. */
export type PngMapProblem = 'notPng' | 'damaged' | 'noMap';

/** A PNG that opened no map; `file` names it once known. */
export class PngMapError extends Error {
  constructor(readonly problem: PngMapProblem, readonly file?: string) {
    super(`PNG: ${problem}`);
    this.name = 'PngMapError';
  }
}

/** True when the bytes start with the PNG signature. */
export function isPng(bytes: Uint8Array): boolean {
  return PNG_SIGNATURE.every((byte, i) => bytes[i] === byte);
}

/** One PNG chunk: length, type, data, CRC of type and data (PNG spec, section 5.3). */
function encodeChunk(type: string, data: Uint8Array): Uint8Array {
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  chunk.set(latin1(type), 4);
  chunk.set(data, 8);
  view.setInt32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
  return chunk;
}

/** The `iTXt` data: keyword, NUL, no compression (0, 0), empty language and translated keyword, the UTF-8 text. */
function iTXtData(keyword: string, text: string): Uint8Array {
  const head = latin1(`${keyword}\0\0\0\0\0`);
  const body = new TextEncoder().encode(text);
  const data = new Uint8Array(head.length + body.length);
  data.set(head);
  data.set(body, head.length);
  return data;
}

/** The PNG with the document's JSON in an `iTXt` chunk just before `IEND`. */
export function withMapChunk(png: Uint8Array, json: string): Uint8Array<ArrayBuffer> {
  if (!isPng(png)) throw new PngMapError('notPng');
  // IEND is the last chunk: 4 bytes of length (0), "IEND", 4 bytes of CRC.
  const iendAt = png.length - 12;
  if (iendAt < 8 || String.fromCharCode(...png.subarray(iendAt + 4, iendAt + 8)) !== 'IEND') throw new PngMapError('damaged');
  const chunk = encodeChunk('iTXt', iTXtData(MAP_CHUNK_KEYWORD, json));
  const out = new Uint8Array(png.length + chunk.length);
  out.set(png.subarray(0, iendAt));
  out.set(chunk, iendAt);
  out.set(png.subarray(iendAt), iendAt + chunk.length);
  return out;
}

/** The document's JSON carried by a PNG; throws PngMapError when it is no PNG, damaged, or holds no map. */
export function mapChunkText(png: Uint8Array): string {
  if (!isPng(png)) throw new PngMapError('notPng');
  let chunks: { name: string; data: Uint8Array }[];
  try {
    chunks = extractChunks(png);
  } catch {
    // A wrong CRC, a chunk cut short, no IEND.
    throw new PngMapError('damaged');
  }
  const prefix = latin1(`${MAP_CHUNK_KEYWORD}\0`);
  for (const chunk of chunks) {
    if (chunk.name !== 'iTXt' || !prefix.every((byte, i) => chunk.data[i] === byte)) continue;
    const data = chunk.data;
    // After the keyword: compression flag and method, then language tag and translated keyword, each NUL-ended.
    const compressed = data[prefix.length] !== 0;
    if (compressed) throw new PngMapError('damaged');
    let at = prefix.length + 2;
    for (let nulls = 0; nulls < 2 && at < data.length; at++) if (data[at] === 0) nulls++;
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(data.subarray(at));
    } catch {
      throw new PngMapError('damaged');
    }
  }
  throw new PngMapError('noMap');
}
