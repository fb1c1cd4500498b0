import { createRoot } from 'react-dom/client';
import { useState } from 'react';
import { ReactFlow, applyNodeChanges, type Edge, type Node, type NodeChange } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { generateBenchMap, markReadyWhenRendered, symbolCountFromUrl } from './generateMap';

// The baseline: the same map as React Flow's default nodes and edges, no Arus code.
const map = generateBenchMap(symbolCountFromUrl());
const initialNodes: Node[] = map.nodes.map((n) => ({
  id: n.id,
  position: n.position,
  data: { label: n.id },
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
    />
  );
}

createRoot(document.getElementById('root')!).render(<Bare />);
markReadyWhenRendered(initialNodes.length, edges.length);
