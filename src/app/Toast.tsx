import { useEffect } from 'react';
import { useMessages } from '../i18n';
import { useEditor } from '../store';

const SHOW_MS = 6_000;

/** The editor's last message (a refused connection, a file that could not be opened), read aloud. */
export function Toast() {
  const message = useEditor((s) => s.message);
  const clearMessage = useEditor((s) => s.clearMessage);
  const text = useMessages().shell;
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => clearMessage(message.id), message.kind === 'error' ? SHOW_MS * 2 : SHOW_MS);
    return () => clearTimeout(timer);
  }, [message, clearMessage]);
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {message && (
        <div className={`toast toast-${message.kind}`}>
          <span>{message.text}</span>
          <button type="button" aria-label={text.dismiss} onClick={() => clearMessage(message.id)}>×</button>
        </div>
      )}
    </div>
  );
}
