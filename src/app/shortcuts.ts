
import { type LocalName } from '../i18n/symbols';

/**
 * Keyboard shortcuts in the style of draw.io and excalidraw. One table serves the key handler
 * and the help dialog, so what is listed is what works.
 */
export type CommandId =
  | 'undo' | 'redo' | 'delete' | 'duplicate' | 'copy' | 'paste' | 'selectAll' | 'clearSelection'
  | 'nudgeLeft' | 'nudgeRight' | 'nudgeUp' | 'nudgeDown'
  | 'nudgeLeftFar' | 'nudgeRightFar' | 'nudgeUpFar' | 'nudgeDownFar'
  | 'save' | 'exportMap' | 'open' | 'newMap' | 'fitView' | 'zoomIn' | 'zoomOut' | 'help' | 'focusPalette' | 'actionPlan'
  | 'present' | 'addNextStep';

export interface Shortcut {
  command: CommandId;
  /** Display form, e.g. "Ctrl+Shift+Z". */
  keys: string;
  /** English description; `SHORTCUT_DESCRIPTIONS[command]` has both languages. */
  description: string;
}

/** What each command does, in both UI languages: the help dialog's second column. */
export const SHORTCUT_DESCRIPTIONS: Record<CommandId, LocalName> = {
  undo: { en: 'Undo', id: 'Urungkan' },
  redo: { en: 'Redo', id: 'Ulangi' },
  copy: { en: 'Copy the selection', id: 'Salin pilihan' },
  paste: { en: 'Paste (also into the other state)', id: 'Tempel (juga ke kondisi yang lain)' },
  duplicate: { en: 'Duplicate the selection', id: 'Gandakan pilihan' },
  delete: { en: 'Delete the selection', id: 'Hapus pilihan' },
  selectAll: { en: 'Select all', id: 'Pilih semua' },
  clearSelection: { en: 'Clear the selection', id: 'Batalkan pilihan' },
  nudgeLeft: { en: 'Move the selection 10 px', id: 'Geser pilihan 10 px' },
  nudgeRight: { en: 'Move the selection 10 px', id: 'Geser pilihan 10 px' },
  nudgeUp: { en: 'Move the selection 10 px', id: 'Geser pilihan 10 px' },
  nudgeDown: { en: 'Move the selection 10 px', id: 'Geser pilihan 10 px' },
  nudgeLeftFar: { en: 'Move the selection 50 px', id: 'Geser pilihan 50 px' },
  nudgeRightFar: { en: 'Move the selection 50 px', id: 'Geser pilihan 50 px' },
  nudgeUpFar: { en: 'Move the selection 50 px', id: 'Geser pilihan 50 px' },
  nudgeDownFar: { en: 'Move the selection 50 px', id: 'Geser pilihan 50 px' },
  save: { en: 'Save the map as JSON', id: 'Simpan peta sebagai JSON' },
  exportMap: { en: 'Export the map: PNG, SVG or A3 report', id: 'Ekspor peta: PNG, SVG atau laporan A3' },
  open: { en: 'Open a map (JSON)', id: 'Buka peta (JSON)' },
  newMap: { en: 'New map', id: 'Peta baru' },
  fitView: { en: 'Fit the whole map on screen', id: 'Tampilkan seluruh peta di layar' },
  zoomIn: { en: 'Zoom in', id: 'Perbesar' },
  zoomOut: { en: 'Zoom out', id: 'Perkecil' },
  focusPalette: { en: 'Go to the symbol palette', id: 'Ke palet simbol' },
  actionPlan: { en: 'Open the action plan (every kaizen burst)', id: 'Buka rencana aksi (setiap kaizen burst)' },
  present: { en: 'Present: the map full screen with its key figures, slide by slide', id: 'Presentasi: peta layar penuh dengan angka utamanya, salindia demi salindia' },
  addNextStep: { en: 'Add the next step: a stock and a process after the selected step', id: 'Tambah langkah berikutnya: persediaan dan proses setelah langkah terpilih' },
  help: { en: 'Show this list', id: 'Tampilkan daftar ini' },
};

const shortcut = (command: CommandId, keys: string): Shortcut => ({ command, keys, description: SHORTCUT_DESCRIPTIONS[command].en });

export const SHORTCUTS: readonly Shortcut[] = [
  shortcut('undo', 'Ctrl+Z'),
  shortcut('redo', 'Ctrl+Shift+Z'),
  shortcut('redo', 'Ctrl+Y'),
  shortcut('copy', 'Ctrl+C'),
  shortcut('paste', 'Ctrl+V'),
  shortcut('duplicate', 'Ctrl+D'),
  shortcut('delete', 'Delete'),
  shortcut('delete', 'Backspace'),
  shortcut('selectAll', 'Ctrl+A'),
  shortcut('clearSelection', 'Escape'),
  shortcut('nudgeLeft', 'ArrowLeft'),
  shortcut('nudgeRight', 'ArrowRight'),
  shortcut('nudgeUp', 'ArrowUp'),
  shortcut('nudgeDown', 'ArrowDown'),
  shortcut('nudgeLeftFar', 'Shift+ArrowLeft'),
  shortcut('nudgeRightFar', 'Shift+ArrowRight'),
  shortcut('nudgeUpFar', 'Shift+ArrowUp'),
  shortcut('nudgeDownFar', 'Shift+ArrowDown'),
  shortcut('save', 'Ctrl+S'),
  shortcut('exportMap', 'Ctrl+Shift+E'),
  shortcut('open', 'Ctrl+O'),
  shortcut('newMap', 'Alt+N'),
  shortcut('fitView', 'Shift+1'),
  shortcut('zoomIn', 'Ctrl+='),
  shortcut('zoomOut', 'Ctrl+-'),
  shortcut('focusPalette', 'Alt+P'),
  shortcut('actionPlan', 'Alt+K'),
  shortcut('present', 'F5'),
  shortcut('present', 'P'),
  shortcut('addNextStep', 'Ctrl+Enter'),
  shortcut('help', '?'),
];

const KEY_CAPS: Record<string, string> = { ArrowLeft: '←', ArrowRight: '→', ArrowUp: '↑', ArrowDown: '↓', Escape: 'Esc' };

/** Keys as printed on the keycaps, for the help dialog: `Shift+ArrowLeft` reads `Shift+←`. */
export function keyCaps(keys: string): string {
  return keys.split('+').map((key) => KEY_CAPS[key] ?? key).join('+');
}

/** The display form of a key event: modifiers in a fixed order, then the key. */
export function keyChord(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey' | 'code'>): string {
  const parts: string[] = [];
  if (event.ctrlKey || event.metaKey) parts.push('Ctrl');
  if (event.altKey) parts.push('Alt');
  // "?" and "!" already imply Shift on most layouts; Shift+1 is read from the physical key.
  let key = event.key.length === 1 ? event.key.toUpperCase() : event.key;
  if (event.shiftKey && event.code === 'Digit1') key = '1';
  if (event.shiftKey && key !== '?') parts.push('Shift');
  if (key === '+') key = '=';
  if (key === 'Del') key = 'Delete';
  parts.push(key);
  return parts.join('+');
}

const byChord = new Map(SHORTCUTS.map((s) => [s.keys.toUpperCase(), s.command]));

/** The command a key event triggers, if any. */
export function commandFor(event: Parameters<typeof keyChord>[0]): CommandId | undefined {
  return byChord.get(keyChord(event).toUpperCase());
}
