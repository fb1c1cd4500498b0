import {
  Background, BackgroundVariant, ConnectionMode, ControlButton, Controls, MiniMap, ReactFlow, ReactFlowProvider, useReactFlow,
  useNodesInitialized, useStore, useStoreApi, type AriaLabelConfig, type Connection, type FinalConnectionState, type NodeChange,
  type ReactFlowState, type Viewport, type XYPosition,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import {
  useCallback, useEffect, useId, useMemo, useRef, useState, type DragEvent, type KeyboardEvent, type ReactNode,
} from 'react';
import { NODE_TYPES, type VsmEdge, type VsmNode, type VsmNodeType } from '../domain/types';
import { LANGUAGES, MESSAGES, type Language } from '../i18n';
import { renderLocated } from '../i18n/domain';
import { activeMap, NUDGE_FAR_PX, NUDGE_PX, useAnalysis, useEditor, useEditorStore } from '../store';
import { edgeTypes, nodeSize, nodeTypes, SymbolContext, type SymbolContextValue, type SymbolLocale } from './registry';
import { RemotePresence } from './RemotePresence';
import { LadderLayer, useFitMap } from './ladder/LadderLayer';
import {
  computedStockDays, createFlowCache, nodeClassNames, sameEntries, toFlowEdges, toFlowNodes,
  type CanvasEdge, type CanvasNode, type EdgeAnnouncer,
} from './toFlow';
import { arrowName, symbolName } from '../i18n/symbols';

/** The drag-and-drop type the palette puts a symbol's node type under. */
export const SYMBOL_MIME = 'application/x-arus-symbol';

/** Grid step in px at zoom 1: symbols snap to it when dragged or dropped. */
export const GRID_PX = 20;

// Module scope, so React Flow never sees new objects and never re-mounts anything.
const SNAP_GRID: [number, number] = [GRID_PX, GRID_PX];
// draw.io feel: left-drag on the empty canvas draws a selection box; the middle or right
// button, Space+drag, or the wheel / two fingers pan; Ctrl (⌘) + wheel or a pinch zooms.
const PAN_BUTTONS = [1, 2];
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const FIT_VIEW_OPTIONS = { padding: 0.15, maxZoom: 1.5 };
const MINIMAP_STYLE = { width: 160, height: 110 };
/** Handles are 14 px at zoom 1; zoomed out they grow so they stay at least this big on screen. */
const HANDLE_PX = 14;
const HANDLE_MIN_SCREEN_PX = 12;
/**
 * The handle size in flow px for a zoom, in steps of 1.25× (12 to 15 px on screen when zoomed
 * out): the handles' style changes only at a step, not on every frame of a zoom.
 */
export function handleSizePx(zoom: number): number {
  const wanted = HANDLE_MIN_SCREEN_PX / zoom;
  if (wanted <= HANDLE_PX) return HANDLE_PX;
  return Math.round(HANDLE_PX * 1.25 ** Math.ceil(Math.log(wanted / HANDLE_PX) / Math.log(1.25)) * 10) / 10;
}
const handleSizeOf = (s: ReactFlowState) => handleSizePx(s.transform[2]);
/** A symbol drawn at its type's size until React Flow has measured it (see `toFlowNodes`). */
const estimateSize = (node: VsmNode) => (node.width !== undefined && node.height !== undefined ? { width: node.width, height: node.height } : nodeSize(node.type));
/** A connection dropped this close to a handle (screen px) snaps to it. */
const CONNECTION_RADIUS_PX = 30;
const ARROWS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
/**
 * While symbols are dragged, the store (and through it the room, the panels and the undo step)
 * gets their positions at most this often; the frames between move them on the canvas alone.
 * Writing every frame into the shared document was most of a drag's script time on a big map.
 */
const DRAG_COMMIT_MS = 250;
/** How long the reason for a refused connection stays beside the pointer. */
const REFUSAL_SHOW_MS = 5_000;

/** React Flow's own labels (controls, minimap, keyboard help) in each language, built once. */
const FLOW_LABELS = Object.fromEntries(LANGUAGES.map((language): [Language, Partial<AriaLabelConfig>] => {
  const text = MESSAGES[language].canvas.flow;
  return [language, {
    'node.a11yDescription.default': text.nodeHelp,
    'node.a11yDescription.keyboardDisabled': text.nodeHelpKeyboard,
    'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) => text.nodeMoved(text.directions[direction] ?? direction, x, y),
    'edge.a11yDescription.default': text.edgeHelp,
    'controls.ariaLabel': text.controls,
    'controls.zoomIn.ariaLabel': text.zoomIn,
    'controls.zoomOut.ariaLabel': text.zoomOut,
    'controls.fitView.ariaLabel': text.fitView,
    'controls.interactive.ariaLabel': text.interactive,
    'minimap.ariaLabel': text.minimap,
    'handle.ariaLabel': text.handle,
  }];
})) as Record<Language, Partial<AriaLabelConfig>>;

/** A symbol as an arrow's announcement names it: its name, else its kind in the language. */
function spokenName(node: VsmNode, language: Language): string {
  const data = node.data as { name?: unknown; title?: unknown };
  const text = typeof data.name === 'string' ? data.name.trim() : typeof data.title === 'string' ? data.title.trim() : '';
  return text !== '' ? text : symbolName(node.type, language);
}

/** Which of a symbol's four handles (`t`, `r`, `b`, `l`) is nearest a point, flow coordinates. */
export function nearestHandle(rect: { x: number; y: number; width: number; height: number }, point: { x: number; y: number }): 't' | 'r' | 'b' | 'l' {
  const sides = [
    ['t', Math.hypot(point.x - (rect.x + rect.width / 2), point.y - rect.y)],
    ['r', Math.hypot(point.x - (rect.x + rect.width), point.y - (rect.y + rect.height / 2))],
    ['b', Math.hypot(point.x - (rect.x + rect.width / 2), point.y - (rect.y + rect.height))],
    ['l', Math.hypot(point.x - rect.x, point.y - (rect.y + rect.height / 2))],
  ] as const;
  return sides.reduce((best, side) => (side[1] < best[1] ? side : best))[0];
}

/**
 * The symbol a connection dropped at `point` (flow coordinates) joins when no handle is near: the
 * topmost symbol under the point other than where the drag began, at its nearest handle.
 */
export function bodyDropTarget(
  nodes: readonly VsmNode[], sizeOf: (node: VsmNode) => { width: number; height: number }, point: { x: number; y: number }, fromId: string,
): { target: string; targetHandle: 't' | 'r' | 'b' | 'l' } | null {
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i]!;
    if (node.id === fromId) continue;
    const rect = { ...node.position, ...sizeOf(node) };
    if (point.x >= rect.x && point.x <= rect.x + rect.width && point.y >= rect.y && point.y <= rect.y + rect.height) {
      return { target: node.id, targetHandle: nearestHandle(rect, point) };
    }
  }
  return null;
}

const pointerOf = (event: MouseEvent | TouchEvent): { x: number; y: number } | null => {
  const at = 'changedTouches' in event ? event.changedTouches[0] : event;
  return at ? { x: at.clientX, y: at.clientY } : null;
};

const isNodeType = (value: string): value is VsmNodeType => (NODE_TYPES as readonly string[]).includes(value);
const snap = (value: number) => Math.round(value / GRID_PX) * GRID_PX;

export interface MapCanvasProps {
  /** Language of the labels inside the symbols. */
  locale?: SymbolLocale;
  /** Rendered inside React Flow (panels, overlays); they may use React Flow's hooks. */
  children?: ReactNode;
  /** Presentation mode: no minimap, nothing dragged, and the simple form from a closer zoom (the projector's). */
  presenting?: boolean;
}

/** Below this zoom a presented map shows each step's simple form: at 0.6 the data box's 13 px is 8 px on screen. */
export const FAR_ZOOM = 0.6;
/**
 * Below this zoom the editor shows the simple forms: at 0.5 the data box's 15 px is 7.5 px on
 * screen, too small to read, and each symbol's many elements cost every frame of a drag or pan.
 */
export const EDIT_FAR_ZOOM = 0.5;

/**
 * The zoom, in steps of 0.05, while the map is zoomed out past the simple form's threshold (else
 * 1): text of the simple form is sized by it to keep its size on screen, and the canvas
 * re-renders only at each step.
 */
function useFarZoom(presenting: boolean): number {
  const below = presenting ? FAR_ZOOM : EDIT_FAR_ZOOM;
  return useStore((s) => (s.transform[2] < below ? Math.max(0.1, Math.round(s.transform[2] * 20) / 20) : 1));
}

/**
 * The React Flow canvas bound to the editor store: it shows the active map, and every gesture
 * goes back to the store as a command (a drag is one undo step, selection is not history).
 * Keyboard commands (delete, copy, undo …) belong to the app shell, not to this component.
 * Put a `<ReactFlowProvider>` above it to reach the canvas from outside (zoom, fit, export);
 * without one it brings its own.
 */
export function MapCanvas(props: MapCanvasProps) {
  return useHasFlowProvider() ? <Canvas {...props} /> : <ReactFlowProvider><Canvas {...props} /></ReactFlowProvider>;
}

/** Whether a React Flow provider is above (its store hook throws without one). */
function useHasFlowProvider(): boolean {
  try {
    useStoreApi();
    return true;
  } catch {
    return false;
  }
}

function Canvas({ locale = 'en', children, presenting = false }: MapCanvasProps) {
  const farZoom = useFarZoom(presenting);
  const store = useEditorStore();
  const map = useEditor(activeMap);
  const activeState = useEditor((s) => s.activeState);
  const loadCount = useEditor((s) => s.loadCount);
  const selection = useEditor((s) => s.selection);
  const highlightNodeIds = useEditor((s) => s.highlightNodeIds);
  const measured = useEditor((s) => s.measured);
  const applyNodeChanges = useEditor((s) => s.applyNodeChanges);
  const applyEdgeChanges = useEditor((s) => s.applyEdgeChanges);
  const analysis = useAnalysis();

  // One cache per canvas, mutated while deriving: it only remembers objects made before.
  const [cache] = useState(createFlowCache);
  const selectedNodeIds = useMemo(() => new Set(selection.nodeIds), [selection.nodeIds]);
  const selectedEdgeIds = useMemo(() => new Set(selection.edgeIds), [selection.edgeIds]);
  const classNames = useMemo(
    () => nodeClassNames(analysis.bottleneckId, highlightNodeIds),
    [analysis.bottleneckId, highlightNodeIds],
  );
  const words = MESSAGES[locale].canvas;
  const storeNodes: CanvasNode[] = useMemo(
    () => toFlowNodes(map.nodes, { selectedIds: selectedNodeIds, classNames, measured, roleDescription: words.symbolRole, estimate: estimateSize }, cache),
    [map.nodes, selectedNodeIds, classNames, measured, cache, words],
  );
  // Positions of a drag the store has not had yet (see DRAG_COMMIT_MS).
  const [dragPositions, setDragPositions] = useState<ReadonlyMap<string, XYPosition> | null>(null);
  const nodes = useMemo(
    () => (dragPositions === null ? storeNodes : storeNodes.map((node) => {
      const position = dragPositions.get(node.id);
      return position ? { ...node, position } : node;
    })),
    [storeNodes, dragPositions],
  );
  const lastDragCommit = useRef(0);
  const onNodesChange = useCallback((changes: NodeChange<CanvasNode>[]) => {
    const dragFrame = changes.length > 0 && changes.every((change) => change.type === 'position' && change.dragging === true && change.position);
    const now = performance.now();
    // The first frame starts the store's gesture; the last (dragging: false) always reaches it.
    if (dragFrame && store.getState().dragOrigin !== null && now - lastDragCommit.current < DRAG_COMMIT_MS) {
      setDragPositions((before) => {
        const next = new Map(before ?? []);
        for (const change of changes) if (change.type === 'position' && change.position) next.set(change.id, change.position);
        return next;
      });
      return;
    }
    if (dragFrame) lastDragCommit.current = now;
    setDragPositions(null);
    applyNodeChanges(changes);
  }, [store, applyNodeChanges]);
  // Arrows are announced by type and ends ("Panah dorong dari Stamping ke Spot weld 1").
  // The names stay the same Map while a drag only moves symbols, so the arrows are not re-announced.
  const spokenNames = useSameEntries(useMemo(
    () => new Map(map.nodes.map((node) => [node.id, spokenName(node, locale)])), [map.nodes, locale],
  ));
  const announcer: EdgeAnnouncer = useMemo(() => ({
    roleDescription: words.arrowRole,
    ariaLabel: (edge: VsmEdge) => words.arrowLabel(
      arrowName(edge.type, locale), spokenNames.get(edge.source) ?? '?', spokenNames.get(edge.target) ?? '?',
    ),
  }), [spokenNames, locale, words]);
  const edges: CanvasEdge[] = useMemo(
    () => toFlowEdges(map.edges, selectedEdgeIds, cache, announcer),
    [map.edges, selectedEdgeIds, cache, announcer],
  );

  // Stock days change only when quantities or demand do; keeping the same Map while dragging
  // keeps every symbol that reads the context from re-rendering on each frame.
  const stockDaysById = useSameEntries(
    useMemo(() => computedStockDays(map.nodes, analysis.dailyDemand), [map.nodes, analysis.dailyDemand]),
  );
  const far = farZoom < 1;
  const symbolContext: SymbolContextValue = useMemo(() => ({ locale, stockDaysById, far }), [locale, stockDaysById, far]);

  const flow = useReactFlow<CanvasNode, CanvasEdge>();
  // Fits include the lead-time ladder under the map (React Flow's own fit knows only the symbols).
  const fitMap = useFitMap();
  const nodesMeasured = useNodesInitialized();
  const widened = useRef(false);
  useEffect(() => {
    if (!nodesMeasured || widened.current) return;
    widened.current = true;
    // The first fit is ours (React Flow's own `fitView` knows only the symbols), and only while
    // the view is still React Flow's starting one: a view set meanwhile (presenting) is kept.
    const { x, y, zoom } = flow.getViewport();
    if (x === 0 && y === 0 && zoom === 1) void fitMap(FIT_VIEW_OPTIONS);
  }, [nodesMeasured, fitMap, flow]);
  const fitMapButton = useCallback(() => void fitMap(FIT_VIEW_OPTIONS), [fitMap]);

  // A new document is fitted on screen; switching between current and future state brings
  // back where that state was last viewed. The first fit is the one above.
  const shown = useRef({ loadCount, activeState });
  useEffect(() => {
    const before = shown.current;
    shown.current = { loadCount, activeState };
    if (before.loadCount === loadCount && before.activeState === activeState) return;
    const saved = activeMap(store.getState()).viewport;
    if (before.loadCount === loadCount && saved) void flow.setViewport(saved);
    else void fitMap(FIT_VIEW_OPTIONS);
  }, [loadCount, activeState, store, flow, fitMap]);

  // A refused connection says why beside the pointer (the toast still reads it aloud).
  const [refusal, setRefusal] = useState<{ x: number; y: number; id: number } | null>(null);
  const refused = useRef(false);
  const onConnect = useCallback((connection: Connection) => {
    refused.current = store.getState().connect(connection) === null;
  }, [store]);
  const onConnectEnd = useCallback((event: MouseEvent | TouchEvent, connection: FinalConnectionState) => {
    const pointer = pointerOf(event);
    if (!pointer || !connection.fromNode) return;
    // No handle near the drop: a drop on a symbol's body joins its nearest handle.
    if (connection.isValid === null) {
      const s = store.getState();
      const point = flow.screenToFlowPosition(pointer);
      const drop = bodyDropTarget(activeMap(s).nodes, (node) => s.measured[node.id] ?? nodeSize(node.type), point, connection.fromNode.id);
      if (!drop) return;
      refused.current = s.connect({ source: connection.fromNode.id, sourceHandle: connection.fromHandle?.id ?? null, ...drop }) === null;
    }
    const message = store.getState().message;
    if (refused.current && message) {
      const box = (event.target instanceof Element ? event.target.closest('.react-flow') : null)?.getBoundingClientRect();
      setRefusal({ x: pointer.x - (box?.left ?? 0), y: pointer.y - (box?.top ?? 0), id: message.id });
    }
    refused.current = false;
  }, [store, flow]);
  const refusalMessage = useEditor((s) => (refusal && s.message?.id === refusal.id ? s.message : null));
  useEffect(() => {
    if (!refusal) return;
    const timer = setTimeout(() => setRefusal(null), REFUSAL_SHOW_MS);
    return () => clearTimeout(timer);
  }, [refusal]);

  // Arrow keys on a focused symbol move it by the steps the help lists; React Flow's own
  // move (a grid step, four with Shift, then snapped) would move it 20 or 80 px.
  const onKeyDownCapture = useCallback((event: KeyboardEvent) => {
    const arrow = ARROWS[event.key];
    if (!arrow || event.ctrlKey || event.metaKey || event.altKey) return;
    if (!(event.target instanceof Element) || !event.target.closest('.react-flow__node, .react-flow__nodesselection-rect')) return;
    event.preventDefault();
    event.stopPropagation();
    const step = event.shiftKey ? NUDGE_FAR_PX : NUDGE_PX;
    store.getState().nudgeSelection(arrow[0] * step, arrow[1] * step);
  }, [store]);

  const [minimapShown, setMinimapShown] = useState(false);
  // Handles keep a size that can be grabbed on screen however far the map is zoomed out. The
  // size is set by a rule that matches only the handles: a custom property set on the canvas
  // would restyle every element of every symbol at each step.
  const handlePx = useStore(handleSizeOf);
  const canvasId = useId();
  // Zoomed out, the simple forms size their type by the zoom, set the same way on them alone.
  const canvasRule = `.react-flow[data-arus-canvas="${canvasId}"] .arus-handle { --arus-handle-px: ${handlePx}px; }`
    + (far ? ` .react-flow[data-arus-canvas="${canvasId}"] .arus-far { --arus-far-zoom: ${farZoom}; }` : '');

  // The viewport is saved into the map, outside the undo history.
  const onMoveEnd = useCallback((_event: unknown, viewport: Viewport) => {
    store.getState().saveViewport(viewport);
  }, [store]);

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(SYMBOL_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback((event: DragEvent) => {
    // Anything may be dropped here: only a known node type becomes a symbol.
    const type = event.dataTransfer.getData(SYMBOL_MIME);
    if (!isNodeType(type)) return;
    event.preventDefault();
    const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
    if (!Number.isFinite(point.x) || !Number.isFinite(point.y)) return;
    const size = nodeSize(type);
    // The symbol's centre lands under the pointer, its corner on the grid.
    store.getState().addNode(type, { x: snap(point.x - size.width / 2), y: snap(point.y - size.height / 2) });
  }, [store, flow]);

  return (
    <SymbolContext.Provider value={symbolContext}>
      <ReactFlow<CanvasNode, CanvasEdge>
        className={far ? 'is-far' : undefined}
        nodesDraggable={!presenting}
        nodesConnectable={!presenting}
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={applyEdgeChanges}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        connectionRadius={CONNECTION_RADIUS_PX}
        onKeyDownCapture={onKeyDownCapture}
        data-arus-canvas={canvasId}
        onlyRenderVisibleElements
        onMoveEnd={onMoveEnd}
        onDragOver={onDragOver}
        onDrop={onDrop}
        connectionMode={ConnectionMode.Loose}
        snapToGrid
        snapGrid={SNAP_GRID}
        minZoom={0.1}
        maxZoom={4}
        selectionOnDrag
        panOnDrag={PAN_BUTTONS}
        panOnScroll
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        deleteKeyCode={null}
        aria-label={activeState === 'future' ? MESSAGES[locale].canvas.futureMap : MESSAGES[locale].canvas.currentMap}
        ariaLabelConfig={FLOW_LABELS[locale]}
      >
        <style>{canvasRule}</style>
        <Background variant={BackgroundVariant.Dots} gap={GRID_PX} />
        {minimapShown && !presenting && <MiniMap pannable zoomable style={MINIMAP_STYLE} />}
        <Controls showInteractive={false} onFitView={fitMapButton}>
          <ControlButton
            onClick={() => setMinimapShown((shown) => !shown)}
            aria-pressed={minimapShown}
            aria-label={words.flow.minimapToggle}
            title={words.flow.minimapToggle}
          >
            <svg viewBox="0 0 16 16" aria-hidden="true"><rect x="1.5" y="3.5" width="13" height="9" fill="none" stroke="currentColor" /><rect x="4" y="6" width="5" height="4" fill="currentColor" /></svg>
          </ControlButton>
        </Controls>
        {refusal && refusalMessage && typeof refusalMessage.body !== 'string' && (
          <div className="connection-refusal" style={{ left: refusal.x, top: refusal.y }} aria-hidden="true">
            {renderLocated(refusalMessage.body, locale)}
          </div>
        )}
        <LadderLayer presenting={presenting} locale={locale} />
        <RemotePresence />
        {children}
      </ReactFlow>
    </SymbolContext.Provider>
  );
}

/** The previous map while the new one holds the same entries. */
function useSameEntries<K, V>(value: ReadonlyMap<K, V>): ReadonlyMap<K, V> {
  const ref = useRef(value);
  if (ref.current !== value && !sameEntries(ref.current, value)) ref.current = value;
  return ref.current;
}
