import { useEffect, useRef } from 'react';
import { SHORTCUTS } from './shortcuts';

/** The list of keyboard shortcuts (`?`), drawn from the same table the key handler uses. */
export function HelpDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal?.();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="help-dialog" aria-labelledby="help-title" onClose={onClose}>
      <h2 id="help-title">Keyboard shortcuts</h2>
      <table>
        <thead><tr><th scope="col">Keys</th><th scope="col">Does</th></tr></thead>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.keys}><td><kbd>{s.keys}</kbd></td><td>{s.description}</td></tr>
          ))}
          <tr><td><kbd>Tab</kbd> / <kbd>Enter</kbd></td><td>Move between symbols on the map / select the focused one</td></tr>
        </tbody>
      </table>
      <p>
        Draw with the keyboard alone: press <kbd>Alt+P</kbd>, pick a symbol with <kbd>Tab</kbd> and
        <kbd>Enter</kbd>; fill its fields in the inspector; join it to another symbol with
        <em> Connect to</em> in the inspector.
      </p>
      <form method="dialog"><button type="submit" autoFocus>Close</button></form>
    </dialog>
  );
}
