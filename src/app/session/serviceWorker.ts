import { registerSW } from 'virtual:pwa-register';
import { initialLanguage } from '../../i18n';
import type { Session } from './start';
import { SESSION_TEXT } from './strings';

/**
 * Registers the service worker that makes Arus installable and start with no network. Where
 * there is none (a page on a LAN address over plain `http://` is not a secure context), the app
 * works as before, online. A new version is only announced (`updateReady`); it is applied when
 * the person chooses, after every edit is stored (`applyUpdate`).
 */
export function registerServiceWorker(session: Session): void {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  const updateServiceWorker = registerSW({
    immediate: true,
    onNeedRefresh: () => session.status.setState({ updateReady: true }),
    // Said once, in passing: from now on this browser starts Arus with no network.
    onOfflineReady: () => session.store.getState().showMessage('info', SESSION_TEXT[initialLanguage()].offlineReady),
  });
  session.status.setState({
    applyUpdate: async () => {
      await session.flushed();
      await updateServiceWorker(true);
    },
  });
}
