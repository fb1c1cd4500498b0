import { createRoot } from 'react-dom/client';
import { useState } from 'react';
import { ReactFlow, applyNodeChanges, type Edge, type Node, type NodeChange } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { generateBenchMap, markReadyWhenRendered, SHARED_FLOW, symbolCountFromUrl } from './generateMap';

// The baseline: the same map as React Flow's default nodes and edges, no Arus code, on a canvas
// of the size Arus's canvas has (`?w=&h=` in px), each node the size Arus draws its symbol
// (`?sizes=process:180x150,…`), with the same zoom limits, fit and grid as Arus's canvas.
const params = new URLSearchParams(location.search);
const sizes = new Map((params.get('sizes') ?? '').split(',').filter(Boolean).map((entry) => {
  const [type, size] = entry.split(':') as [string, string];
  const [width, height] = size.split('x').map(Number) as [number, number];
  return [type, { width, height }];
}));
const map = generateBenchMap(symbolCountFromUrl());
const initialNodes: Node[] = map.nodes.map((n) => ({
  id: n.id,
  position: n.position,
  data: { label: n.id },
  style: sizes.get(n.type) ?? {},
}));
const edges: Edge[] = map.edges.map((e) => ({ id: e.id, source: e.source, target: e.target }));

function Bare() {
  const [nodes, setNodes] = useState(initialNodes);
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      onNodesChange={(changes: NodeChange[]) => setNodes((ns) => applyNodeChanges(changes, ns))}
      fitView
      fitViewOptions={SHARED_FLOW.fitViewOptions}
      minZoom={SHARED_FLOW.minZoom}
      maxZoom={SHARED_FLOW.maxZoom}
      snapToGrid
      snapGrid={SHARED_FLOW.snapGrid}
    />
  );
}

const root = document.getElementById('root')!;
root.style.width = `${Number(params.get('w') ?? 1280)}px`;
root.style.height = `${Number(params.get('h') ?? 720)}px`;
createRoot(root).render(<Bare />);
markReadyWhenRendered();
