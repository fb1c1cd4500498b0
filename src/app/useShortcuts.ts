import { useEffect } from 'react';
import { commandFor, type CommandId } from './shortcuts';

/** True when a key press belongs to a text field, so editing text never triggers a command. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'range', 'color'].includes(target.type);
  }
  return false;
}

/** Runs the shortcut table's commands on key presses anywhere outside text fields and dialogs. */
export function useShortcuts(run: (command: CommandId) => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target)) return;
      if (event.target instanceof HTMLElement && event.target.closest('dialog')) return;
      const command = commandFor(event);
      if (!command) return;
      // Arrow keys and Escape are only ours when the focus is not on a control that needs them.
      const onControl = event.target instanceof HTMLElement && event.target.closest('button, a, [role="tab"], [role="slider"], select');
      if (onControl && /^nudge|clearSelection|delete/.test(command)) return;
      event.preventDefault();
      run(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [run]);
}
