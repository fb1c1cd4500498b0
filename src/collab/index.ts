/**
 * The map as a shared Yjs document: plain TypeScript, no React, no store. See
 * docs/architecture.md, "Room server".
 */
export { ROOT_KEY, rootMap, hasDocument } from './layout';
export { writeDocument, readDocument, readDocumentWithRepairs, newReadCache, type ReadCache, type Repair, type RepairCode, type ReadResult, type ReadOptions } from './document';
export {
  addNodes, removeNodes, moveNodes, setNodeData, setNodeExtra, bringNodesToFront, addEdges, removeEdges,
  updateEdge, setSettings, setTitle, setProduct, startFutureState, removeFutureState,
  type FieldPatch, type EdgeChange,
} from './edits';
export { writeDocumentChange } from './diff';
export { ensureSopsMap } from './sops';
export { newId } from './ids';
export { PersonalUndo } from './undo';
export * from './room';
export { connectRoom, type ConnectOptions } from './connect';
export {
  PERSON_COLOURS, MAX_PERSON_NAME_CHARS, POINTER_INTERVAL_MS, defaultColour, cleanName, readPerson, readPresence, readOthers,
  localPerson, setLocalPerson, setLocalSelection, setLocalMap, setLocalPointer, createPointerPublisher,
  type Person, type PresenceSelection, type MapPoint, type PresenceMap, type PresenceState, type OtherPerson, type PointerPublisher,
} from './presence';
