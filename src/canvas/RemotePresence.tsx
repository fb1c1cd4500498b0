import { useInternalNode, useReactFlow, useStore, ViewportPortal, type ReactFlowState } from '@xyflow/react';
import { memo, useEffect, useMemo } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { createPointerPublisher, setLocalMap, setLocalSelection, type OtherPerson } from '../collab/presence';
import { useRoom } from '../app/room/RoomContext';
import { useRoomText } from '../app/room/strings';
import { useOthers } from '../app/room/usePresence';
import { useEditor } from '../store';
import './presence.css';

/**
 * Others in the room on the map: the symbols each has selected outlined in their colour with
 * their name, and their pointers while over the map. It also sends this page's selection, map
 * and pointer. Rendered inside React Flow; nothing at all when working alone.
 */
export function RemotePresence() {
  const room = useRoom();
  return room ? <Presence awareness={room.awareness} /> : null;
}

const zoomOf = (s: ReactFlowState) => s.transform[2];
const domNodeOf = (s: ReactFlowState) => s.domNode;
/** Outline distance from the symbol, and the step between two people's outlines around one symbol, in screen px. */
const OUTLINE_GAP_PX = 4;
const OUTLINE_STEP_PX = 5;

function Presence({ awareness }: { awareness: Awareness }) {
  usePublishLocal(awareness);
  const others = useOthers(awareness);
  const activeState = useEditor((s) => s.activeState);
  const zoom = useStore(zoomOf);

  // Selections and pointers belong to the map their person looks at.
  const here = useMemo(() => others.filter((person) => person.map === activeState), [others, activeState]);
  const byNode = useMemo(() => {
    const people = new Map<string, OtherPerson[]>();
    for (const person of here) {
      for (const id of person.selection.nodeIds) people.set(id, [...(people.get(id) ?? []), person]);
    }
    return people;
  }, [here]);

  return (
    <ViewportPortal>
      <div className="remote-presence">
        {[...byNode].map(([nodeId, people]) => <RemoteOutline key={nodeId} nodeId={nodeId} people={people} zoom={zoom} />)}
        {here.map((person) => (person.pointer ? <RemotePointer key={person.clientId} person={person} zoom={zoom} /> : null))}
      </div>
    </ViewportPortal>
  );
}

/** Sends this page's selection and map when they change, and its pointer while over the map. */
function usePublishLocal(awareness: Awareness) {
  const selection = useEditor((s) => s.selection);
  const activeState = useEditor((s) => s.activeState);
  const domNode = useStore(domNodeOf);
  const flow = useReactFlow();

  useEffect(() => setLocalSelection(awareness, selection), [awareness, selection]);
  useEffect(() => setLocalMap(awareness, activeState), [awareness, activeState]);

  useEffect(() => {
    if (!domNode) return;
    const pointer = createPointerPublisher(awareness);
    // In map coordinates, so it lands on the same spot of the map whatever each person's zoom and scroll.
    const onMove = (event: PointerEvent) => {
      const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }, { snapToGrid: false });
      if (Number.isFinite(point.x) && Number.isFinite(point.y)) pointer.move(point);
    };
    const onLeave = () => pointer.leave();
    domNode.addEventListener('pointermove', onMove);
    domNode.addEventListener('pointerleave', onLeave);
    return () => {
      domNode.removeEventListener('pointermove', onMove);
      domNode.removeEventListener('pointerleave', onLeave);
      pointer.leave();
      pointer.dispose();
    };
  }, [awareness, domNode, flow]);
}

/** A symbol someone else selected: one outline per person in their colour, their names on top. */
const RemoteOutline = memo(function RemoteOutline({ nodeId, people, zoom }: { nodeId: string; people: OtherPerson[]; zoom: number }) {
  const node = useInternalNode(nodeId);
  const text = useRoomText().canvas;
  if (!node) return null;
  const { x, y } = node.internals.positionAbsolute;
  const width = node.measured.width ?? node.width ?? 0;
  const height = node.measured.height ?? node.height ?? 0;
  // Screen sizes divided by the zoom: outlines and tags read the same at any zoom.
  const scale = 1 / zoom;
  return (
    <div
      className="remote-selection"
      data-node-id={nodeId}
      role="note"
      aria-label={text.selectedBy(people.map((person) => person.name).join(', '))}
      style={{ transform: `translate(${x}px, ${y}px)`, width, height }}
    >
      {people.map((person, index) => {
        const gap = (OUTLINE_GAP_PX + index * OUTLINE_STEP_PX) * scale;
        return (
          <div
            key={person.clientId}
            className="remote-outline"
            data-person={person.name}
            style={{ inset: -gap, borderColor: person.colour, borderWidth: 3 * scale, borderRadius: 6 * scale }}
          />
        );
      })}
      <div className="remote-tags" style={{ transform: `translateY(${-(OUTLINE_GAP_PX + people.length * OUTLINE_STEP_PX) * scale}px) scale(${scale})` }}>
        {people.map((person) => (
          <span key={person.clientId} className="remote-tag" style={{ background: person.colour }}>{person.name}</span>
        ))}
      </div>
    </div>
  );
});

/** Another person's pointer: an arrow and their name, the same size on screen at any zoom. */
const RemotePointer = memo(function RemotePointer({ person, zoom }: { person: OtherPerson; zoom: number }) {
  const text = useRoomText().canvas;
  const { x, y } = person.pointer!;
  return (
    <div
      className="remote-pointer"
      data-person={person.name}
      role="img"
      aria-label={text.pointer(person.name)}
      style={{ transform: `translate(${x}px, ${y}px) scale(${1 / zoom})` }}
    >
      <svg width="20" height="22" viewBox="0 0 20 22" aria-hidden="true">
        <path d="M1 1 L1 18 L6 13.5 L9.5 21 L13 19.5 L9.5 12 L16 12 Z" fill={person.colour} stroke="#fff" strokeWidth="1.5" strokeLinejoin="round" />
      </svg>
      <span className="remote-tag" style={{ background: person.colour }}>{person.name}</span>
    </div>
  );
});
