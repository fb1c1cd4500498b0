import { DocumentError } from '../domain/errors';
import { parseDocumentText, serializeDocument } from '../domain/validate';
import type { VsmDocument } from '../domain/types';

/** Reads a dropped or chosen file as an Arus document; throws DocumentError naming the file. */
export async function readDocumentFile(file: File): Promise<VsmDocument> {
  try {
    // Size is checked before the text is read, so a 50 MB file is refused at once.
    return parseDocumentText(file.size > MAX_READ_BYTES ? '' : await file.text(), file.size);
  } catch (error) {
    const reason = error instanceof DocumentError ? error.message : String(error);
    throw new DocumentError(`${file.name}: ${reason}`, error instanceof DocumentError ? error.path : '');
  }
}

const MAX_READ_BYTES = 20 * 1024 * 1024;

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
