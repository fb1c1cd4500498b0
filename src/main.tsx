import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createSavedEditorStore, firstDocument } from './app/bootstrap';
import { MESSAGES, initialLanguage } from './i18n';

const root = createRoot(document.getElementById('root')!);
root.render(<p className="loading" role="status">{MESSAGES[initialLanguage()].app.loading}</p>);

void firstDocument().then(({ doc }) => {
  const store = createSavedEditorStore(doc);
  root.render(
    <StrictMode>
      <App store={store} />
    </StrictMode>,
  );
});
