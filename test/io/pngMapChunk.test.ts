import { buf as crc32 } from 'crc-32';
import { isPng, mapChunkText, PngMapError, withMapChunk } from '../../src/io/pngMapChunk';

/** The smallest valid PNG: 1×1 px, grey, one IDAT (a zlib stream of the filter byte and one pixel). */
const ONE_PIXEL = Uint8Array.from(atob(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==',
), (c) => c.charCodeAt(0));

const chunkNames = (png: Uint8Array): string[] => {
  const names: string[] = [];
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  for (let at = 8; at < png.length; at += 12 + view.getUint32(at)) names.push(String.fromCharCode(...png.subarray(at + 4, at + 8)));
  return names;
};

describe('the map inside a PNG', () => {
  it('round-trips the JSON, Indonesian and any script included, in an iTXt chunk before IEND', () => {
    const json = JSON.stringify({ title: 'Braket kemudi — kondisi saat ini', note: '<b>x</b> 日本 🚚' });
    const png = withMapChunk(ONE_PIXEL, json);
    expect(isPng(png)).toBe(true);
    expect(chunkNames(ONE_PIXEL)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(chunkNames(png)).toEqual(['IHDR', 'IDAT', 'iTXt', 'IEND']);
    expect(mapChunkText(png)).toBe(json);
  });

  it('writes a CRC that a PNG reader accepts: the CRC-32 of the chunk type and data', () => {
    const png = withMapChunk(ONE_PIXEL, '{}');
    const at = ONE_PIXEL.length - 12; // where IEND was, now the iTXt chunk
    const view = new DataView(png.buffer);
    const length = view.getUint32(at);
    // "arus.vsm" + NUL + 0 + 0 + NUL + NUL + "{}" = 8 + 5 + 2 = 15 bytes.
    expect(length).toBe(15);
    expect(view.getInt32(at + 8 + length)).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
  });

  it('says a PNG without a map holds none, and a changed byte makes it damaged', () => {
    expect(() => mapChunkText(ONE_PIXEL)).toThrow(expect.objectContaining({ problem: 'noMap' }));
    const png = withMapChunk(ONE_PIXEL, '{"a":1}');
    png[png.length - 20] = png.at(-20)! ^ 0xff; // inside the iTXt text: its CRC no longer matches
    expect(() => mapChunkText(png)).toThrow(expect.objectContaining({ problem: 'damaged' }));
    expect(() => mapChunkText(new TextEncoder().encode('{"format":"arus.vsm"}'))).toThrow(PngMapError);
  });
});
