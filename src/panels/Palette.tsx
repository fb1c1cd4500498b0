import { memo, type DragEvent } from 'react';
import { EDGE_SYMBOLS, NODE_SYMBOLS, type SymbolGroup } from '../domain/symbols';
import type { VsmEdgeType, VsmNodeType } from '../domain/types';
import { edgeGlyphFor, glyphFor } from '../canvas/registry';
import { SYMBOL_MIME } from '../canvas/MapCanvas';

const GROUP_TITLES: Record<SymbolGroup, string> = {
  material: 'Material flow',
  information: 'Information flow',
  general: 'General',
};

interface PaletteProps {
  flowType: VsmEdgeType;
  /** New material connections are rework (return) loops. */
  flowRework: boolean;
  /** `fromKeyboard`: Enter or Space on the entry, so the caller can move the focus on. */
  onAdd(type: VsmNodeType, fromKeyboard: boolean): void;
  onFlowTypeChange(type: VsmEdgeType): void;
  onFlowReworkChange(on: boolean): void;
}

function onDragStart(event: DragEvent, type: VsmNodeType) {
  event.dataTransfer.setData(SYMBOL_MIME, type);
  event.dataTransfer.effectAllowed = 'copy';
}

/** Symbols grouped as on a VSM sheet: drag one onto the map, or click (Enter) to add it in view. */
export const Palette = memo(function Palette({ flowType, flowRework, onAdd, onFlowTypeChange, onFlowReworkChange }: PaletteProps) {
  return (
    <nav className="palette" aria-label="Symbols">
      {(Object.keys(GROUP_TITLES) as SymbolGroup[]).map((group) => (
        <section key={group} className="palette-group">
          <h2>{GROUP_TITLES[group]}</h2>
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
                    title={`${symbol.name.en} (${symbol.name.id}): click to add, or drag onto the map`}
                    aria-label={`Add ${symbol.name.en}`}
                    onDragStart={(e) => onDragStart(e, symbol.type)}
                    onClick={(e) => onAdd(symbol.type, e.detail === 0)}
                  >
                    <Glyph width={40} />
                    <span>{symbol.name.en}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      <fieldset className="palette-group flow-types">
        <legend>New connections</legend>
        {EDGE_SYMBOLS.map((symbol) => {
          const Glyph = edgeGlyphFor(symbol.type);
          return (
            <label key={symbol.type} className="flow-type" title={`${symbol.name.en} (${symbol.name.id})`}>
              <input
                type="radio"
                name="flow-type"
                value={symbol.type}
                checked={flowType === symbol.type}
                onChange={() => onFlowTypeChange(symbol.type)}
              />
              <Glyph width={48} />
              <span>{symbol.name.en}</span>
            </label>
          );
        })}
        <label className="flow-type flow-rework" title="A return loop: drawn red and dashed, left out of the lead time">
          <input type="checkbox" checked={flowRework} onChange={(e) => onFlowReworkChange(e.target.checked)} />
          <span>Rework loop (return)</span>
        </label>
      </fieldset>
    </nav>
  );
});
