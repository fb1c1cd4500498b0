import { useId, useRef, useState } from 'react';
import { useSession } from '../session/SessionContext';
import { QrCode } from './QrCode';
import { useRoom } from './RoomContext';
import { useRoomText } from './strings';
import { useModalDialog } from './useModalDialog';
import './room.css';

export interface ShareDialogProps {
  open: boolean;
  onClose(): void;
  links: { edit: string; view: string };
  /** Addresses of the hosting computer on the network. */
  addresses: readonly string[];
}

/** The edit and watch links of the room, each with a QR code and a copy button, and the network addresses. */
export function ShareDialog({ open, onClose, links, addresses }: ShareDialogProps) {
  const text = useRoomText().share;
  const ids = useId();
  const ref = useModalDialog(open);
  return (
    <dialog
      ref={ref}
      className="room-dialog share-dialog"
      aria-labelledby={`${ids}-title`}
      onCancel={(event) => { event.preventDefault(); onClose(); }}
    >
      <h2 id={`${ids}-title`}>{text.title}</h2>
      <div className="share-links">
        <ShareLink title={text.editLink} hint={text.editHint} link={links.edit} />
        <ShareLink title={text.viewLink} hint={text.viewHint} link={links.view} />
      </div>
      {addresses.length > 0 ? (
        <section className="share-addresses" aria-labelledby={`${ids}-addresses`}>
          <h3 id={`${ids}-addresses`}>{text.addresses}</h3>
          <ul>{addresses.map((address) => <li key={address}><code>{address}</code></li>)}</ul>
          <p className="hint">{text.addressesHint}</p>
        </section>
      ) : null}
      <div className="dialog-buttons">
        <button type="button" className="primary" onClick={onClose}>{text.close}</button>
      </div>
    </dialog>
  );
}

type CopyState = 'idle' | 'copied' | 'byHand';

function ShareLink({ title, hint, link }: { title: string; hint: string; link: string }) {
  const text = useRoomText().share;
  const ids = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<CopyState>('idle');

  const onCopy = async () => {
    const field = input.current;
    field?.focus();
    field?.select();
    // The async Clipboard API needs a secure context, which a LAN address over http:// is not;
    // the selected text and the older copy command work there.
    try {
      if (navigator.clipboard && window.isSecureContext) {
        await navigator.clipboard.writeText(link);
        setCopy('copied');
        return;
      }
    } catch {
      // Refused: fall through to the copy command.
    }
    const copied = typeof document.execCommand === 'function' && document.execCommand('copy');
    setCopy(copied ? 'copied' : 'byHand');
  };

  return (
    <section className="share-link" aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`}>{title}</h3>
      <p className="hint">{hint}</p>
      <QrCode text={link} label={text.qr(title)} />
      <div className="copy-row">
        <input ref={input} type="text" readOnly value={link} aria-labelledby={`${ids}-title`} onFocus={(event) => event.target.select()} />
        <button type="button" onClick={() => void onCopy()} aria-label={text.copyTitle(title)}>{text.copy}</button>
      </div>
      <p className="copy-status" role="status">{copy === 'copied' ? text.copied : copy === 'byHand' ? text.copyByHand : ''}</p>
    </section>
  );
}

/** "Share room" in the toolbar: opens the share dialog once the room's links are known. Nothing otherwise. */
export function ShareRoomButton() {
  const room = useRoom();
  const text = useRoomText().share;
  // The room just made by *Share room* opens with its links in view.
  const [open, setOpen] = useState(useSession()?.shareOnOpen ?? false);
  if (!room?.links) return null;
  return (
    <>
      <button type="button" className="share-button" onClick={() => setOpen(true)} title={text.buttonTitle} aria-haspopup="dialog">{text.button}</button>
      <ShareDialog open={open} onClose={() => setOpen(false)} links={room.links} addresses={room.addresses} />
    </>
  );
}
