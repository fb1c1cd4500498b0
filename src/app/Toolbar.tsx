import { StartRoomButton } from './session/StartRoomButton';
import { useRef, type ChangeEvent } from 'react';
import { canRedo, canUndo, useAnalysis, useEditor } from '../store';
import { LANGUAGES, useFormatter, useLanguage, useMessages, useSetLanguage, type Language } from '../i18n';
import { useHomeText } from './home/strings';
import { PresenceBar } from './room/PresenceBar';
import { ShareRoomButton } from './room/ShareDialog';
import type { CommandId } from './shortcuts';

interface ToolbarProps {
  run(command: CommandId): void;
  onOpenFile(file: File): void;
  /** Opens the list of maps; not given where this browser keeps no list (no IndexedDB). */
  onOpenHome?: () => void;
}

/** The top bar: file commands, undo/redo, current/future state, and the key numbers at a glance. */
export function Toolbar({ run, onOpenFile, onOpenHome }: ToolbarProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const title = useEditor((s) => s.document.title);
  const product = useEditor((s) => s.document.product);
  const activeState = useEditor((s) => s.activeState);
  const hasFuture = useEditor((s) => s.document.states.future !== null);
  const undoable = useEditor(canUndo);
  const redoable = useEditor(canRedo);
  const setActiveState = useEditor((s) => s.setActiveState);
  const startFutureState = useEditor((s) => s.startFutureState);
  const text = useMessages().toolbar;
  const homeText = useHomeText();

  const onFileChosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) onOpenFile(file);
  };

  return (
    <header className="toolbar">
      <div className="brand" aria-label="Arus">Arus</div>
      <div className="doc-heading">
        <h1 className="doc-title" title={title}>{title || text.untitled}</h1>
        {product ? (
          <p className="doc-product" title={`${text.productFamily}: ${product}`} data-testid="product-family">
            <span className="visually-hidden">{text.productFamily}: </span>{product}
          </p>
        ) : null}
      </div>
      <div className="toolbar-group" role="group" aria-label={text.file}>
        {onOpenHome ? <button type="button" onClick={onOpenHome} title={homeText.mapsTitle}>{homeText.maps}</button> : null}
        <button type="button" onClick={() => run('newMap')} title={text.newMapTitle}>{text.newMap}</button>
        <button type="button" onClick={() => fileInput.current?.click()} title={text.openTitle}>{text.open}</button>
        <input ref={fileInput} type="file" accept=".json,application/json,.png,image/png" hidden onChange={onFileChosen} data-testid="open-file" />
        <button type="button" onClick={() => run('save')} title={text.saveTitle}>{text.save}</button>
        <button type="button" onClick={() => run('exportMap')} title={text.exportTitle} aria-haspopup="dialog">{text.export}</button>
      </div>
      <div className="toolbar-group" role="group" aria-label={text.history}>
        {/* Arrows alone: the words (longer in Indonesian) would push the key numbers onto a second row at 1280 px. */}
        <button type="button" className="icon-button" onClick={() => run('undo')} disabled={!undoable} title={text.undoTitle} aria-label={text.undo}>↶</button>
        <button type="button" className="icon-button" onClick={() => run('redo')} disabled={!redoable} title={text.redoTitle} aria-label={text.redo}>↷</button>
      </div>
      <div className="toolbar-group state-switch" role="group" aria-label={text.mapState}>
        <button type="button" aria-pressed={activeState === 'current'} onClick={() => setActiveState('current')} title={text.currentStateTitle}>{text.currentState}</button>
        {hasFuture ? (
          <button type="button" aria-pressed={activeState === 'future'} onClick={() => setActiveState('future')} title={text.futureStateTitle}>{text.futureState}</button>
        ) : (
          <button type="button" onClick={startFutureState} title={text.startFutureTitle}>{text.startFuture}</button>
        )}
      </div>
      <KeyNumbers />
      <StartRoomButton />
      <PresenceBar />
      <ShareRoomButton />
      <LanguageSwitch />
      <button type="button" className="help-button" onClick={() => run('help')} aria-label={text.shortcuts} title={text.shortcutsTitle}>?</button>
    </header>
  );
}

/** Takt, lead time and value-added ratio, always in view while the map changes. */
function KeyNumbers() {
  const analysis = useAnalysis();
  const text = useMessages().toolbar;
  const f = useFormatter();
  return (
    <dl className="key-numbers" aria-label={text.keyNumbers}>
      <div><dt title={text.taktTitle}>{text.takt}</dt><dd data-testid="key-takt">{f.time(analysis.taktTimeSec)}</dd></div>
      <div><dt title={text.leadTimeTitle}>{text.leadTime}</dt><dd data-testid="key-lead-time">{f.days(analysis.leadTimeDays)}</dd></div>
      <div><dt title={text.vaRatioTitle}>{text.vaRatio}</dt><dd data-testid="key-va-ratio">{f.ratio(analysis.valueAddedRatio)}</dd></div>
    </dl>
  );
}

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', id: 'Bahasa Indonesia' };

/** EN | ID: each button names its language in that language, so anyone finds their own. */
function LanguageSwitch() {
  const language = useLanguage();
  const setLanguage = useSetLanguage();
  const text = useMessages().toolbar;
  return (
    <div className="toolbar-group language-switch" role="group" aria-label={text.language}>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={language === option}
          aria-label={LANGUAGE_NAMES[option]}
          title={LANGUAGE_NAMES[option]}
          onClick={() => setLanguage(option)}
        >
          {option.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
