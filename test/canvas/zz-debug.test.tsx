import { render } from '@testing-library/react';
import { MapCanvas } from '../../src/canvas/MapCanvas';
import { EditorStoreProvider } from '../../src/store';
import { lineStore } from '../store/storeFixture';
it('debug', async () => {
  const store = lineStore();
  const view = render(<div style={{ width: '1000px', height: '600px' }}><EditorStoreProvider store={store}><MapCanvas /></EditorStoreProvider></div>);
  await new Promise((r) => setTimeout(r, 100));
  console.log(JSON.stringify(store.getState().measured));
  console.log(view.container.querySelector('.react-flow__edges')?.outerHTML.slice(0, 500));
  console.log(view.container.querySelectorAll('.react-flow__edge').length);
  console.log(view.container.querySelector('.react-flow__node')?.outerHTML.slice(0, 300));
});
