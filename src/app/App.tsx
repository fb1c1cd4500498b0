import { Panel, ReactFlowProvider, useReactFlow, type Viewport } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState, type DragEvent } from 'react';
import { MapCanvas } from '../canvas/MapCanvas';
import { nodeSize } from '../canvas/registry';
import { DocumentError } from '../domain/errors';
import type { VsmNodeType } from '../domain/types';
import { downloadDocument, readDocumentFile } from '../io/documentFile';
import { PngMapError } from '../io/pngMapChunk';
import { EXPORT_TEXT } from '../i18n/export';
import { Palette } from '../panels/Palette';
import { TimelineLadder } from '../panels/TimelineLadder';
import { LanguageProvider, useLanguage, useMessages, type Language } from '../i18n';
import {
  EditorStoreProvider, NUDGE_FAR_PX, NUDGE_PX, useAnalysis, useEditor, useEditorStore, type EditorStore, type Placement,
} from '../store';
import { ActionPlanDialog } from './ActionPlanDialog';
import { ExportDialog } from './ExportDialog';
import { HelpDialog } from './HelpDialog';
import { Presentation } from './Presentation';
import { HomeDialog, type HomeView } from './home/HomeDialog';
import { goToMap, OPENED_FILE_KEY } from './home/navigate';
import { SessionProvider, useSession } from './session/SessionContext';
import { SessionNotices } from './session/SessionNotices';
import type { Session } from './session/start';
import { Sidebar } from './Sidebar';
import { Toast } from './Toast';
import { Toolbar } from './Toolbar';
import type { CommandId } from './shortcuts';
import { useShortcuts } from './useShortcuts';
import './app.css';

/**
 * The editor: one store, one React Flow canvas, the panels around it. `language` overrides the
 * remembered UI language at start (else localStorage `arus:language`, else the browser's).
 */
export function App({ store, language, session = null }: { store: EditorStore; language?: Language; session?: Session | null }) {
  return (
    <LanguageProvider initial={language}>
      <EditorStoreProvider store={store}>
        <SessionProvider session={session}>
          <ReactFlowProvider>
            <Shell />
          </ReactFlowProvider>
        </SessionProvider>
      </EditorStoreProvider>
    </LanguageProvider>
  );
}

function Shell() {
  const store = useEditorStore();
  const flow = useReactFlow();
  const canvasArea = useRef<HTMLDivElement>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [actionPlanOpen, setActionPlanOpen] = useState(false);
  const [exportOpen, setExportOpen] = useState(false);
  const flowType = useEditor((s) => s.flowType);
  const setFlowType = useEditor((s) => s.setFlowType);
  const flowRework = useEditor((s) => s.flowRework);
  const setFlowRework = useEditor((s) => s.setFlowRework);
  const language = useLanguage();
  const shellText = useMessages().shell;
  const readOnly = useEditor((s) => s.readOnly);
  const session = useSession();
  const library = session?.library ?? null;
  const [home, setHome] = useState<HomeView | null>(null);
  const [presenting, setPresenting] = useState(false);
  // Where the person was before presenting: the state and its view come back on leaving.
  const beforePresenting = useRef<{ state: 'current' | 'future'; viewport: Viewport } | null>(null);
  const present = useCallback(() => {
    beforePresenting.current = { state: store.getState().activeState, viewport: flow.getViewport() };
    setPresenting(true);
    // Full screen where the browser allows it; presenting works without.
    document.documentElement.requestFullscreen?.().catch(() => undefined);
  }, [store, flow]);
  const leavePresentation = useCallback(() => {
    setPresenting(false);
    if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined);
    const before = beforePresenting.current;
    if (!before) return;
    store.getState().setActiveState(before.state);
    // After the panels are back and the canvas has its old size.
    requestAnimationFrame(() => void flow.setViewport(before.viewport));
  }, [store, flow]);
  // Esc in full screen is the browser's: it leaves full screen, and so the presentation.
  useEffect(() => {
    if (!presenting) return;
    const onChange = () => { if (!document.fullscreenElement) leavePresentation(); };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [presenting, leavePresentation]);

  // A file opened as a new map: the page that shows it names the file.
  useEffect(() => {
    try {
      const opened = sessionStorage.getItem(OPENED_FILE_KEY);
      if (opened === null) return;
      sessionStorage.removeItem(OPENED_FILE_KEY);
      store.getState().showMessage('info', shellText.opened(opened));
    } catch {
      // No sessionStorage: the map is open all the same.
    }
  }, [store, shellText]);

  const openFile = useCallback(async (file: File) => {
    // A large file takes a moment to read and check: say so at once.
    store.getState().showMessage('info', shellText.opening(file.name));
    try {
      const doc = await readDocumentFile(file);
      if (!library) {
        store.getState().loadDocument(doc);
        store.getState().showMessage('info', shellText.opened(file.name));
        return;
      }
      // A file becomes a new map beside the others (in a room too): nothing open is replaced.
      const made = await library.create(doc);
      try {
        sessionStorage.setItem(OPENED_FILE_KEY, file.name);
      } catch {
        // The map opens without the note.
      }
      await goToMap(session, made.id);
    } catch (error) {
      // Nothing that was there is changed: the document is only replaced after it validated.
      store.getState().showMessage('error', error instanceof DocumentError
        ? { file: error.file ?? file.name, path: error.path, message: error.problem }
        : error instanceof PngMapError
          ? EXPORT_TEXT[language].png[error.problem](file.name)
          : shellText.unreadable(file.name));
    }
  }, [store, shellText, library, session, language]);

  const toolbarText = useMessages().toolbar;

  /** What the canvas shows, in flow coordinates: placed symbols stay in it. */
  const placement = useCallback((): Placement => {
    const rect = canvasArea.current?.getBoundingClientRect();
    const topLeft = flow.screenToFlowPosition({ x: rect?.left ?? 0, y: rect?.top ?? 0 });
    const bottomRight = flow.screenToFlowPosition({ x: rect?.right ?? 0, y: rect?.bottom ?? 0 });
    return { view: { ...topLeft, width: bottomRight.x - topLeft.x, height: bottomRight.y - topLeft.y }, sizeOf: nodeSize };
  }, [flow]);

  const addInView = useCallback((type: VsmNodeType, fromKeyboard = false) => {
    store.getState().addNodePlaced(type, placement());
    // From the keyboard, the next step is typing the symbol's data: go to its first field.
    if (fromKeyboard) {
      requestAnimationFrame(() => document.querySelector<HTMLElement>('#tabpanel-properties .inspector :is(input, select, textarea)')?.focus());
    }
  }, [store, placement]);

  const run = useCallback((command: CommandId) => {
    const s = store.getState();
    switch (command) {
      case 'undo': return s.undo();
      case 'redo': return s.redo();
      case 'delete': return s.deleteSelection();
      case 'duplicate': return s.duplicateSelection();
      case 'copy': return s.copySelection();
      case 'paste': return s.paste();
      case 'selectAll': return s.selectAll();
      case 'clearSelection': s.highlight([]); return s.clearSelection();
      case 'nudgeLeft': return s.nudgeSelection(-NUDGE_PX, 0);
      case 'nudgeRight': return s.nudgeSelection(NUDGE_PX, 0);
      case 'nudgeUp': return s.nudgeSelection(0, -NUDGE_PX);
      case 'nudgeDown': return s.nudgeSelection(0, NUDGE_PX);
      case 'nudgeLeftFar': return s.nudgeSelection(-NUDGE_FAR_PX, 0);
      case 'nudgeRightFar': return s.nudgeSelection(NUDGE_FAR_PX, 0);
      case 'nudgeUpFar': return s.nudgeSelection(0, -NUDGE_FAR_PX);
      case 'nudgeDownFar': return s.nudgeSelection(0, NUDGE_FAR_PX);
      case 'save': return downloadDocument(s.document);
      case 'exportMap': return setExportOpen(true);
      case 'open': return document.querySelector<HTMLInputElement>('[data-testid="open-file"]')?.click();
      // With the library, *New* makes a map beside the others from a template; never a replacement.
      case 'newMap': return library ? setHome('new') : s.newMap(toolbarText.untitled);
      case 'fitView': return void flow.fitView({ padding: 0.15 });
      case 'zoomIn': return void flow.zoomIn();
      case 'zoomOut': return void flow.zoomOut();
      case 'help': return setHelpOpen(true);
      case 'actionPlan': return setActionPlanOpen(true);
      case 'addNextStep': return void s.addNextStep(placement());
      case 'focusPalette': return document.querySelector<HTMLButtonElement>('.palette-item')?.focus();
      case 'present': return present();
    }
  }, [store, flow, toolbarText, library, present, placement]);
  // While presenting, only the view's commands: nothing edits the map by a stray key.
  const runPresenting = useCallback((command: CommandId) => {
    if (command === 'fitView' || command === 'zoomIn' || command === 'zoomOut') run(command);
  }, [run]);
  useShortcuts(presenting ? runPresenting : run);
  const presentText = useMessages().present;

  // A JSON file, or a PNG exported by Arus, dropped anywhere opens like File → Open.
  const onDragOver = (event: DragEvent) => {
    if (event.dataTransfer.types.includes('Files')) event.preventDefault();
  };
  const onDrop = (event: DragEvent) => {
    const file = event.dataTransfer.files[0];
    if (!file) return;
    event.preventDefault();
    void openFile(file);
  };

  return (
    <div className={presenting ? 'app is-presenting' : 'app'} onDragOver={onDragOver} onDrop={onDrop}>
      {!presenting && (
        <>
          <Toolbar run={run} onOpenFile={(file) => void openFile(file)} onOpenHome={library ? () => setHome('maps') : undefined} />
          <Palette
            readOnly={readOnly}
            flowType={flowType}
            flowRework={flowRework}
            onAdd={addInView}
            onFlowTypeChange={setFlowType}
            onFlowReworkChange={setFlowRework}
          />
        </>
      )}
      <main className="workspace">
        <div className="canvas-area" ref={canvasArea}>
          <MapCanvas locale={language} presenting={presenting}>
            {!presenting && (
              // The toolbar is full at 1280 px: *Present* sits beside the zoom controls.
              <Panel position="bottom-left" className="present-panel">
                <button type="button" className="present-button" onClick={present} title={presentText.presentTitle}>{presentText.present}</button>
              </Panel>
            )}
          </MapCanvas>
        </div>
        {!presenting && <Ladder />}
      </main>
      {presenting ? <Presentation onLeave={leavePresentation} /> : <Sidebar onOpenActionPlan={() => setActionPlanOpen(true)} onAddNextStep={() => run('addNextStep')} />}
      <SessionNotices />
      <Toast />
      <HelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
      <ActionPlanDialog open={actionPlanOpen} onClose={() => setActionPlanOpen(false)} />
      <ExportDialog open={exportOpen} onClose={() => setExportOpen(false)} />
      <HomeDialog open={home !== null} initialView={home ?? 'maps'} onClose={() => setHome(null)} />
    </div>
  );
}

function Ladder() {
  const store = useEditorStore();
  const analysis = useAnalysis();
  const text = useMessages().shell;
  const onSelectNodes = useCallback((nodeIds: string[]) => {
    store.getState().setSelection({ nodeIds, edgeIds: [] });
  }, [store]);
  return (
    <section className="ladder-area" aria-label={text.timeline}>
      <TimelineLadder analysis={analysis} onSelectNodes={onSelectNodes} />
    </section>
  );
}

