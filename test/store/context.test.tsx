import { act, render, screen } from '@testing-library/react';
import { EditorStoreProvider, useAnalysis, useEditor } from '../../src/store';
import { lineStore } from './storeFixture';

const calls = vi.hoisted(() => ({ analyze: 0 }));
vi.mock('../../src/domain/analysis', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/domain/analysis')>();
  return {
    ...real,
    analyzeMap: (...args: Parameters<typeof real.analyzeMap>) => {
      calls.analyze += 1;
      return real.analyzeMap(...args);
    },
  };
});

function Takt({ label }: { label: string }) {
  const analysis = useAnalysis();
  return <p>{`${label}: ${analysis.taktTimeSec}`}</p>;
}

function Title() {
  return <h1>{useEditor((s) => s.document.title)}</h1>;
}

describe('EditorStoreProvider and hooks', () => {
  it('analyses once per change, however many components ask', () => {
    const store = lineStore();
    render(
      <EditorStoreProvider store={store}>
        <Title />
        <Takt label="metrics" />
        <Takt label="timeline" />
        <Takt label="wastes" />
      </EditorStoreProvider>,
    );
    // Takt 55,200 / 920 = 60 s.
    expect(screen.getByText('metrics: 60')).toBeInTheDocument();
    expect(screen.getByText('wastes: 60')).toBeInTheDocument();
    expect(calls.analyze).toBe(1);

    act(() => store.getState().updateNodeData('c5', { demandPerDay: 1840 }));
    // 55,200 / 1,840 = 30 s, one more analysis for three components.
    expect(screen.getByText('timeline: 30')).toBeInTheDocument();
    expect(calls.analyze).toBe(2);

    act(() => {
      store.getState().setTitle('Bracket');
      store.getState().setSelection({ nodeIds: ['p2'] });
    });
    expect(screen.getByRole('heading')).toHaveTextContent('Bracket');
    expect(calls.analyze).toBe(2);
  });

  it('gives each provider without a store its own blank map', () => {
    render(
      <EditorStoreProvider>
        <Title />
      </EditorStoreProvider>,
    );
    expect(screen.getByRole('heading')).toHaveTextContent('Untitled value stream');
  });

  it('says what is missing when used outside a provider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<Title />)).toThrow(/EditorStoreProvider/);
  });
});
