import { createRoot } from 'react-dom/client';
import { App } from '../../src/app/App';
import { FORMAT, SCHEMA_VERSION } from '../../src/domain/types';
import { createEditorStore, type EditorStore } from '../../src/store';
import { generateBenchMap, markReadyWhenRendered, symbolCountFromUrl } from './generateMap';

declare global {
  interface Window {
    /** The editor's store, so the benchmark can time an edit from command to painted frame. */
    __benchStore?: EditorStore;
  }
}

// The real editor (palette, canvas, panels, timeline) opening a generated map, without autosave.
const map = generateBenchMap(symbolCountFromUrl());
const store = createEditorStore({
  format: FORMAT,
  schemaVersion: SCHEMA_VERSION,
  title: `Benchmark, ${map.nodes.length} symbols`,
  states: { current: map, future: null },
});
window.__benchStore = store;

createRoot(document.getElementById('root')!).render(<App store={store} />);
markReadyWhenRendered();
