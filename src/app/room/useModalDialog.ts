import { useEffect, useRef, type RefObject } from 'react';

/**
 * Opens and closes a `<dialog>` as a modal with `open`: the focus goes to `initialFocus` (or the
 * dialog's first control) and comes back to where it was on closing. Where `showModal` is
 * missing (older browsers, jsdom) the dialog is shown with its `open` attribute.
 */
export function useModalDialog(open: boolean, initialFocus?: RefObject<HTMLElement | null>): RefObject<HTMLDialogElement | null> {
  const ref = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      (initialFocus?.current ?? dialog.querySelector<HTMLElement>('input, button, [href], [tabindex]'))?.focus();
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
      returnTo.current?.focus();
      returnTo.current = null;
    }
  }, [open, initialFocus]);
  return ref;
}
