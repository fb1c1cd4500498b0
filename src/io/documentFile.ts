import { DocumentError } from '../domain/errors';
import { MAX_FILE_BYTES, parseDocumentText, serializeDocument } from '../domain/validate';
import type { VsmDocument } from '../domain/types';
import { isPng, mapChunkText, PngMapError } from './pngMapChunk';

/** A PNG may be this much larger than the map it carries: the picture is most of it. */
const MAX_PNG_BYTES = 4 * MAX_FILE_BYTES;

/**
 * Reads a dropped or chosen file as an Arus document: JSON, or a PNG exported by Arus (the map
 * in its `iTXt` chunk), through the same validation and migrations. Throws DocumentError naming
 * the file (`error.file`), or PngMapError for a PNG that holds no map or is damaged.
 */
export async function readDocumentFile(file: File): Promise<VsmDocument> {
  try {
    const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
    if (isPng(head)) {
      if (file.size > MAX_PNG_BYTES) return parseDocumentText('', file.size);
      const text = mapChunkText(new Uint8Array(await file.arrayBuffer()));
      return parseDocumentText(text, new TextEncoder().encode(text).length);
    }
    // Size is checked before the text is read, so a 50 MB file is refused at once.
    return parseDocumentText(file.size > MAX_FILE_BYTES ? '' : await file.text(), file.size);
  } catch (error) {
    if (error instanceof DocumentError) throw error.inFile(file.name);
    if (error instanceof PngMapError) throw new PngMapError(error.problem, file.name);
    throw error;
  }
}

/** A file name from the map title: letters, digits and dashes only. */
export function documentFileName(doc: VsmDocument, extension: string): string {
  const base = doc.title.normalize('NFKD').replace(/[^\w\s-]/g, '').trim().replace(/\s+/g, '-').toLowerCase();
  return `${base || 'value-stream-map'}.${extension}`;
}

/** Offers the document as a JSON download. */
export function downloadDocument(doc: VsmDocument): void {
  downloadBlob(new Blob([serializeDocument(doc)], { type: 'application/json' }), documentFileName(doc, 'json'));
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
