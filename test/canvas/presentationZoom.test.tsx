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

describe('a map zoomed out', () => {
  afterEach(() => { document.body.innerHTML = ''; });

  it('presented below zoom 0.6, shows each step\'s simple form, its type sized by the zoom', async () => {
    const canvas = await renderAt(0.3, true);
    expect(canvas).toHaveClass('is-far');
    // The zoom reaches the simple forms alone, through the canvas's own rule.
    expect(canvas.querySelector('style')!.textContent).toContain('.arus-far { --arus-far-zoom: 0.3; }');
    // The simple form: the name and the figures compared with takt, not the changeover.
    const far = canvas.querySelector('[data-id="p"] .arus-process__far')!;
    expect([...far.children].map((line) => line.textContent!.replace(/\s/g, ' '))).toEqual(['Cut', 'C/T 45 s', 'Uptime 85%']);
    // Instead of the box, not over it: no data box is drawn.
    expect(canvas.querySelector('[data-id="p"] .arus-databox')).toBeNull();
  });

  it('while editing, shows the simple form below zoom 0.5, in few elements', async () => {
    const canvas = await renderAt(0.3, false);
    expect(canvas).toHaveClass('is-far');
    const step = canvas.querySelector('[data-id="p"]')!;
    expect([...step.querySelector('.arus-process__far')!.children].map((line) => line.textContent!.replace(/\s/g, ' ')))
      .toEqual(['Cut', 'C/T 45 s', 'Uptime 85%']);
    // The frame, the form, its name and two figures, four handles: 9 elements in React Flow's node.
    expect(step.querySelectorAll('*')).toHaveLength(9);
  });

  it('keeps the full box at zoom 0.8 when presented, and at 0.55 while editing', async () => {
    expect(await renderAt(0.8, true)).not.toHaveClass('is-far');
    document.body.innerHTML = '';
    expect(await renderAt(0.55, true)).toHaveClass('is-far');
    document.body.innerHTML = '';
    const canvas = await renderAt(0.55, false);
    expect(canvas).not.toHaveClass('is-far');
    const step = canvas.querySelector('[data-id="p"]')!;
    expect(step.querySelector('.arus-process__far')).toBeNull();
    // The full box in few elements: frame, box, name, body (no operators here), the data box
    // with a term and a value for C/T, C/O and Uptime (7), four handles: 15.
    expect(step.querySelectorAll('*')).toHaveLength(15);
  });
});
