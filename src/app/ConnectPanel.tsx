import { useId, useState } from 'react';
import { edgeSymbol, nodeSymbol } from '../domain/symbols';
import type { VsmNode } from '../domain/types';
import { activeMapContent, useEditor, useEditorStore } from '../store';

function labelOf(node: VsmNode): string {
  const data = node.data as { name?: unknown; title?: unknown };
  const name = typeof data.name === 'string' ? data.name : typeof data.title === 'string' ? data.title : '';
  return `${nodeSymbol(node.type).name.en}${name ? `: ${name}` : ''} (${node.id})`;
}

/**
 * Joins the selected symbol to another one without a mouse: pick the target, press Connect.
 * Uses the flow type chosen in the palette and the same rules as dragging a connection.
 */
export function ConnectPanel({ sourceId }: { sourceId: string }) {
  const store = useEditorStore();
  const nodes = useEditor((s) => activeMapContent(s).nodes);
  const flowType = useEditor((s) => s.flowType);
  const [targetId, setTargetId] = useState('');
  const id = useId();
  const others = nodes.filter((n) => n.id !== sourceId);
  const connect = () => {
    if (!targetId) return;
    if (store.getState().connect({ source: sourceId, target: targetId, sourceHandle: 'r', targetHandle: 'l' })) setTargetId('');
  };
  return (
    <section className="connect-panel" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Connect to</h3>
      <div className="connect-row">
        <label htmlFor={`${id}-target`} className="visually-hidden">Target symbol</label>
        <select id={`${id}-target`} value={targetId} onChange={(e) => setTargetId(e.target.value)}>
          <option value="">Choose a symbol…</option>
          {others.map((n) => <option key={n.id} value={n.id}>{labelOf(n)}</option>)}
        </select>
        <button type="button" onClick={connect} disabled={!targetId}>
          Connect with {edgeSymbol(flowType).name.en.toLowerCase()}
        </button>
      </div>
    </section>
  );
}
