import { commandFor, keyCaps, keyChord, SHORTCUTS } from '../../src/app/shortcuts';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean; code: string }> = {}) => ({
  key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, code: '', ...mods,
});

describe('keyboard shortcuts', () => {
  it('reads a key press as the chord the help dialog shows', () => {
    expect(keyChord(key('z', { ctrlKey: true }))).toBe('Ctrl+Z');
    expect(keyChord(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('Ctrl+Shift+Z');
    // ⌘ on a Mac counts as Ctrl, as in draw.io and excalidraw.
    expect(keyChord(key('y', { metaKey: true }))).toBe('Ctrl+Y');
    expect(keyChord(key('?', { shiftKey: true }))).toBe('?');
    // Shift+1 arrives as "!" on a US layout; the physical key decides.
    expect(keyChord(key('!', { shiftKey: true, code: 'Digit1' }))).toBe('Shift+1');
  });

  it('shows keys in the help dialog as the keycaps print them', () => {
    expect(keyCaps('Shift+ArrowLeft')).toBe('Shift+←');
    expect(keyCaps('Escape')).toBe('Esc');
    expect(keyCaps('Ctrl+Shift+Z')).toBe('Ctrl+Shift+Z');
    expect(keyCaps('Ctrl+-')).toBe('Ctrl+-');
  });

  it('maps draw.io-style keys to commands', () => {
    expect(commandFor(key('z', { ctrlKey: true }))).toBe('undo');
    expect(commandFor(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(commandFor(key('y', { ctrlKey: true }))).toBe('redo');
    expect(commandFor(key('Delete'))).toBe('delete');
    expect(commandFor(key('Backspace'))).toBe('delete');
    expect(commandFor(key('d', { ctrlKey: true }))).toBe('duplicate');
    expect(commandFor(key('ArrowLeft'))).toBe('nudgeLeft');
    expect(commandFor(key('ArrowLeft', { shiftKey: true }))).toBe('nudgeLeftFar');
    expect(commandFor(key('?', { shiftKey: true }))).toBe('help');
    expect(commandFor(key('Enter', { ctrlKey: true }))).toBe('addNextStep');
    expect(commandFor(key('q'))).toBeUndefined();
  });

  it('lists no chord twice, so every listed key does one thing', () => {
    const chords = SHORTCUTS.map((s) => s.keys.toUpperCase());
    expect(new Set(chords).size).toBe(chords.length);
  });
});
