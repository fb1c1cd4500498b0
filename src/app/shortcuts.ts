/**
 * Keyboard shortcuts in the style of draw.io and excalidraw. One table serves the key handler
 * and the help dialog, so what is listed is what works.
 */
export type CommandId =
  | 'undo' | 'redo' | 'delete' | 'duplicate' | 'copy' | 'paste' | 'selectAll' | 'clearSelection'
  | 'nudgeLeft' | 'nudgeRight' | 'nudgeUp' | 'nudgeDown'
  | 'nudgeLeftFar' | 'nudgeRightFar' | 'nudgeUpFar' | 'nudgeDownFar'
  | 'save' | 'open' | 'newMap' | 'fitView' | 'zoomIn' | 'zoomOut' | 'help' | 'focusPalette';

export interface Shortcut {
  command: CommandId;
  /** Display form, e.g. "Ctrl+Shift+Z". */
  keys: string;
  description: string;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { command: 'undo', keys: 'Ctrl+Z', description: 'Undo' },
  { command: 'redo', keys: 'Ctrl+Shift+Z', description: 'Redo' },
  { command: 'redo', keys: 'Ctrl+Y', description: 'Redo' },
  { command: 'copy', keys: 'Ctrl+C', description: 'Copy the selection' },
  { command: 'paste', keys: 'Ctrl+V', description: 'Paste (also into the other state)' },
  { command: 'duplicate', keys: 'Ctrl+D', description: 'Duplicate the selection' },
  { command: 'delete', keys: 'Delete', description: 'Delete the selection' },
  { command: 'delete', keys: 'Backspace', description: 'Delete the selection' },
  { command: 'selectAll', keys: 'Ctrl+A', description: 'Select all' },
  { command: 'clearSelection', keys: 'Escape', description: 'Clear the selection' },
  { command: 'nudgeLeft', keys: 'ArrowLeft', description: 'Move the selection 10 px' },
  { command: 'nudgeRight', keys: 'ArrowRight', description: 'Move the selection 10 px' },
  { command: 'nudgeUp', keys: 'ArrowUp', description: 'Move the selection 10 px' },
  { command: 'nudgeDown', keys: 'ArrowDown', description: 'Move the selection 10 px' },
  { command: 'nudgeLeftFar', keys: 'Shift+ArrowLeft', description: 'Move the selection 50 px' },
  { command: 'nudgeRightFar', keys: 'Shift+ArrowRight', description: 'Move the selection 50 px' },
  { command: 'nudgeUpFar', keys: 'Shift+ArrowUp', description: 'Move the selection 50 px' },
  { command: 'nudgeDownFar', keys: 'Shift+ArrowDown', description: 'Move the selection 50 px' },
  { command: 'save', keys: 'Ctrl+S', description: 'Save the map as JSON' },
  { command: 'open', keys: 'Ctrl+O', description: 'Open a map (JSON)' },
  { command: 'newMap', keys: 'Alt+N', description: 'New map' },
  { command: 'fitView', keys: 'Shift+1', description: 'Fit the whole map on screen' },
  { command: 'zoomIn', keys: 'Ctrl+=', description: 'Zoom in' },
  { command: 'zoomOut', keys: 'Ctrl+-', description: 'Zoom out' },
  { command: 'focusPalette', keys: 'Alt+P', description: 'Go to the symbol palette' },
  { command: 'help', keys: '?', description: 'Show this list' },
];

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
