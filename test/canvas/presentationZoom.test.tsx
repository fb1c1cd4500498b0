import { act, render } from '@testing-library/react';
import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { MapCanvas } from '../../src/canvas/MapCanvas';
import { createEditorStore, EditorStoreProvider } from '../../src/store';
import { aCustomer, aDocument, aLine, aProcess } from '../fixtures/builders';

function ZoomTo({ zoom }: { zoom: number }) {
  const flow = useReactFlow();
  useEffect(() => void flow.setViewport({ x: 0, y: 0, zoom }), [flow, zoom]);
  return null;
}

async function renderAt(zoom: number, presenting: boolean) {
  const store = createEditorStore(aDocument({
    current: aLine(aProcess({ name: 'Cut', cycleTimeSec: 45, uptimePct: 85, changeoverSec: 600 }, { id: 'p' }), aCustomer({ demandPerDay: 920 }, { id: 'c' })),
  }));
  const view = render(
    <div style={{ width: '1000px', height: '600px' }}>
      <EditorStoreProvider store={store}>
        <MapCanvas presenting={presenting}><ZoomTo zoom={zoom} /></MapCanvas>
      </EditorStoreProvider>
    </div>,
  );
  await act(async () => { await new Promise((resolve) => setTimeout(resolve, 0)); });
  return view.container.querySelector<HTMLElement>('.react-flow')!;
}

describe('a presented map zoomed out', () => {
  it('below zoom 0.6 marks the canvas for the simple form, with the zoom for its type size', async () => {
    const canvas = await renderAt(0.3, true);
    expect(canvas).toHaveClass('is-far');
    expect(canvas.style.getPropertyValue('--arus-far-zoom')).toBe('0.3');
    // The simple form: the name and the figures compared with takt, not the changeover.
    const far = canvas.querySelector('[data-id="p"] .arus-process__far')!;
    expect([...far.children].map((line) => line.textContent!.replace(/\s/g, ' '))).toEqual(['Cut', 'C/T 45 s', 'Uptime 85%']);
  });

  it('keeps the full data box at zoom 0.8, and while editing at any zoom', async () => {
    expect(await renderAt(0.8, true)).not.toHaveClass('is-far');
    document.body.innerHTML = '';
    expect(await renderAt(0.3, false)).not.toHaveClass('is-far');
  });
});
