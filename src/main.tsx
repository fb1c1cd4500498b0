import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { guardLeaving } from './app/session/leaveGuard';
import { registerServiceWorker } from './app/session/serviceWorker';
import { startSession, type StartProgress } from './app/session/start';
import { MESSAGES, initialLanguage } from './i18n';

const root = createRoot(document.getElementById('root')!);

/** What the page says while the map is not there yet (opening, joining a room, a refused link). */
function showProgress(progress: StartProgress) {
  const text = MESSAGES[initialLanguage()].app;
  const line = progress.stage === 'opening' ? text.loading
    : progress.stage === 'joining' ? (progress.connected ? text.joiningRoom : `${text.joiningRoom} ${text.waitingForServer}`)
      : progress.stage === 'emptyRoom' ? text.emptyRoom
        : text.linkRefused;
  root.render(<p className="loading" role={progress.stage === 'refused' ? 'alert' : 'status'}>{line}</p>);
}

showProgress({ stage: 'opening' });
void startSession({ search: location.search, origin: location.origin, onProgress: showProgress }).then((session) => {
  // `/` opened the map used last: name it in the address, so a reload here keeps this map
  // whatever another tab opens meanwhile.
  if (session.mapId !== null && location.search === '') history.replaceState(history.state, '', `?map=${encodeURIComponent(session.mapId)}`);
  guardLeaving(session);
  registerServiceWorker(session);
  root.render(
    <StrictMode>
      <App store={session.store} session={session} />
    </StrictMode>,
  );
});
