import { useRef, type ChangeEvent } from 'react';
import { formatDays, formatPercent, formatSec } from '../panels/format';
import { canRedo, canUndo, useAnalysis, useEditor } from '../store';
import type { CommandId } from './shortcuts';

interface ToolbarProps {
  run(command: CommandId): void;
  onOpenFile(file: File): void;
}

/** The top bar: file commands, undo/redo, current/future state, and the key numbers at a glance. */
export function Toolbar({ run, onOpenFile }: ToolbarProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const title = useEditor((s) => s.document.title);
  const activeState = useEditor((s) => s.activeState);
  const hasFuture = useEditor((s) => s.document.states.future !== null);
  const undoable = useEditor(canUndo);
  const redoable = useEditor(canRedo);
  const setActiveState = useEditor((s) => s.setActiveState);
  const startFutureState = useEditor((s) => s.startFutureState);

  const onFileChosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) onOpenFile(file);
  };

  return (
    <header className="toolbar">
      <div className="brand" aria-label="Arus">Arus</div>
      <h1 className="doc-title" title={title}>{title || 'Untitled value stream'}</h1>
      <div className="toolbar-group" role="group" aria-label="File">
        <button type="button" onClick={() => run('newMap')} title="New map (Alt+N)">New</button>
        <button type="button" onClick={() => fileInput.current?.click()} title="Open a map (Ctrl+O)">Open…</button>
        <input ref={fileInput} type="file" accept=".json,application/json" hidden onChange={onFileChosen} data-testid="open-file" />
        <button type="button" onClick={() => run('save')} title="Save as JSON (Ctrl+S)">Save JSON</button>
      </div>
      <div className="toolbar-group" role="group" aria-label="History">
        <button type="button" onClick={() => run('undo')} disabled={!undoable} title="Undo (Ctrl+Z)" aria-label="Undo">↶ Undo</button>
        <button type="button" onClick={() => run('redo')} disabled={!redoable} title="Redo (Ctrl+Shift+Z)" aria-label="Redo">↷ Redo</button>
      </div>
      <div className="toolbar-group state-switch" role="group" aria-label="Map state">
        <button type="button" aria-pressed={activeState === 'current'} onClick={() => setActiveState('current')}>Current state</button>
        {hasFuture ? (
          <button type="button" aria-pressed={activeState === 'future'} onClick={() => setActiveState('future')}>Future state</button>
        ) : (
          <button type="button" onClick={startFutureState} title="Copy the current state as the start of the future state">Start future state</button>
        )}
      </div>
      <KeyNumbers />
      <button type="button" className="help-button" onClick={() => run('help')} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">?</button>
    </header>
  );
}

/** Takt, lead time and value-added ratio, always in view while the map changes. */
function KeyNumbers() {
  const analysis = useAnalysis();
  return (
    <dl className="key-numbers" aria-label="Key numbers">
      <div><dt>Takt</dt><dd data-testid="key-takt">{formatSec(analysis.taktTimeSec)}</dd></div>
      <div><dt>Lead time</dt><dd data-testid="key-lead-time">{formatDays(analysis.leadTimeDays)}</dd></div>
      <div><dt>VA ratio</dt><dd data-testid="key-va-ratio">{formatPercent(analysis.valueAddedRatio)}</dd></div>
    </dl>
  );
}
