import { useEffect, useRef } from 'react';
import { useLanguage, useMessages } from '../i18n';
import { SHORTCUTS, SHORTCUT_DESCRIPTIONS, keyCaps } from './shortcuts';

/** The list of keyboard shortcuts (`?`), drawn from the same table the key handler uses. */
export function HelpDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const language = useLanguage();
  const text = useMessages().help;
  const presentText = useMessages().present;
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal?.();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="help-dialog" aria-labelledby="help-title" onClose={onClose}>
      <h2 id="help-title">{text.title}</h2>
      <table>
        <thead><tr><th scope="col">{text.keys}</th><th scope="col">{text.does}</th></tr></thead>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.keys}><td><kbd>{keyCaps(s.keys)}</kbd></td><td>{SHORTCUT_DESCRIPTIONS[s.command][language]}</td></tr>
          ))}
          <tr><td><kbd>Tab</kbd> / <kbd>Enter</kbd></td><td>{text.tabEnter}</td></tr>
        </tbody>
      </table>
      <p>
        {text.drawPress} <kbd>Alt+P</kbd>{text.drawPick} <kbd>Tab</kbd> {text.drawAnd}{' '}
        <kbd>Enter</kbd>{text.drawFill} <em>{text.drawConnectTo}</em>{text.drawEnd}
      </p>
      <p>{presentText.help}</p>
      <form method="dialog"><button type="submit" autoFocus>{text.close}</button></form>
    </dialog>
  );
}
