import { memo, type DragEvent } from 'react';
import { EDGE_SYMBOLS, NODE_SYMBOLS, type SymbolGroup } from '../domain/symbols';
import type { VsmEdgeType, VsmNodeType } from '../domain/types';
import { edgeGlyphFor, glyphFor } from '../canvas/registry';
import { SYMBOL_MIME } from '../canvas/MapCanvas';
import { useLanguage, useMessages } from '../i18n';
import { arrowName, symbolName } from '../i18n/symbols';

const GROUPS: readonly SymbolGroup[] = ['material', 'information', 'general'];

interface PaletteProps {
  flowType: VsmEdgeType;
  /** New material connections are rework (return) loops. */
  flowRework: boolean;
  /** `fromKeyboard`: Enter or Space on the entry, so the caller can move the focus on. */
  onAdd(type: VsmNodeType, fromKeyboard: boolean): void;
  onFlowTypeChange(type: VsmEdgeType): void;
  onFlowReworkChange(on: boolean): void;
  /** An observer's palette: shown, but nothing can be taken from it. */
  readOnly?: boolean;
}

function onDragStart(event: DragEvent, type: VsmNodeType) {
  event.dataTransfer.setData(SYMBOL_MIME, type);
  event.dataTransfer.effectAllowed = 'copy';
}

/** Symbols grouped as on a VSM sheet: drag one onto the map, or click (Enter) to add it in view. */
export const Palette = memo(function Palette({ flowType, flowRework, onAdd, onFlowTypeChange, onFlowReworkChange, readOnly = false }: PaletteProps) {
  const language = useLanguage();
  const other = language === 'en' ? 'id' : 'en';
  const text = useMessages().palette;
  return (
    <nav className={readOnly ? 'palette palette-read-only' : 'palette'} aria-label={text.symbols} inert={readOnly}>
      {GROUPS.map((group) => (
        <section key={group} className="palette-group">
          <h2>{text[group]}</h2>
          <ul>
            {NODE_SYMBOLS.filter((s) => s.group === group).map((symbol) => {
              const Glyph = glyphFor(symbol.type);
              return (
                <li key={symbol.type}>
                  <button
                    type="button"
                    className="palette-item"
                    draggable
                    data-symbol={symbol.type}
                    title={text.itemTitle(symbolName(symbol.type, language), symbolName(symbol.type, other))}
                    aria-label={text.add(symbolName(symbol.type, language))}
                    onDragStart={(e) => onDragStart(e, symbol.type)}
                    onClick={(e) => onAdd(symbol.type, e.detail === 0)}
                  >
                    <Glyph width={40} />
                    <span>{symbolName(symbol.type, language)}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      <fieldset className="palette-group flow-types">
        <legend>{text.newConnections}</legend>
        {EDGE_SYMBOLS.map((symbol) => {
          const Glyph = edgeGlyphFor(symbol.type);
          return (
            <label key={symbol.type} className="flow-type" title={`${arrowName(symbol.type, language)} (${arrowName(symbol.type, other)})`}>
              <input
                type="radio"
                name="flow-type"
                value={symbol.type}
                checked={flowType === symbol.type}
                onChange={() => onFlowTypeChange(symbol.type)}
              />
              <Glyph width={48} />
              <span>{arrowName(symbol.type, language)}</span>
            </label>
          );
        })}
        <label className="flow-type flow-rework" title={text.reworkTitle}>
          <input type="checkbox" checked={flowRework} onChange={(e) => onFlowReworkChange(e.target.checked)} />
          <span>{text.rework}</span>
        </label>
      </fieldset>
    </nav>
  );
});
