import { DocumentError } from '../domain/errors';
import { MAX_FILE_BYTES, parseDocumentText, serializeDocument } from '../domain/validate';
import type { VsmDocument } from '../domain/types';

/** Reads a dropped or chosen file as an Arus document; throws DocumentError naming the file (`error.file`). */
export async function readDocumentFile(file: File): Promise<VsmDocument> {
  try {
    // Size is checked before the text is read, so a 50 MB file is refused at once.
    return parseDocumentText(file.size > MAX_FILE_BYTES ? '' : await file.text(), file.size);
  } catch (error) {
    if (error instanceof DocumentError) throw error.inFile(file.name);
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
