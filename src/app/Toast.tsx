import { useEffect } from 'react';
import { useLanguage, useMessages } from '../i18n';
import { renderLocated } from '../i18n/domain';
import { useEditor } from '../store';

const SHOW_MS = 6_000;

/** The editor's last message (a refused connection, a file that could not be opened), read aloud. */
export function Toast() {
  const message = useEditor((s) => s.message);
  const clearMessage = useEditor((s) => s.clearMessage);
  const text = useMessages().shell;
  const language = useLanguage();
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => clearMessage(message.id), message.kind === 'error' ? SHOW_MS * 2 : SHOW_MS);
    return () => clearTimeout(timer);
  }, [message, clearMessage]);
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {message && (
        <div className={`toast toast-${message.kind}`}>
          <span>{typeof message.body === 'string' ? message.body : renderLocated(message.body, language)}</span>
          <button type="button" aria-label={text.dismiss} onClick={() => clearMessage(message.id)}>×</button>
        </div>
      )}
    </div>
  );
}
