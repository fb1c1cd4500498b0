/** What the four stock symbols show under their glyph: quantity, days, max, note. */
import type { ReactNode } from 'react';
import type { StockData, VsmNodeType } from '../../domain/types';
import { useSymbolContext } from './context';
import { formatterFor } from '../../i18n/format';
import { isShown, textOf } from './format';
import { canvasText, NodeFrame } from './shared';

interface StockNodeProps {
  id: string;
  type: VsmNodeType;
  data: StockData;
  isConnectable: boolean;
  width: number;
  glyph: ReactNode;
}

export function StockNode({ id, type, data, isConnectable, width, glyph }: StockNodeProps) {
  const { locale, stockDaysById } = useSymbolContext();
  const f = formatterFor(locale);
  const quantity = isShown(data.quantity) ? f.count(data.quantity) : undefined;
  // Days the team typed win over days the analysis computed (spec: days overrides).
  const days = isShown(data.days) ? data.days : stockDaysById?.get(id);
  const daysText = days !== undefined && Number.isFinite(days) ? f.days(days) : undefined;
  const maxText = isShown(data.maxQuantity) ? `${canvasText(locale).max} ${f.count(data.maxQuantity)}` : undefined;
  const note = textOf(data.note);
  const label = [quantity, daysText].filter(Boolean).join(', ');
  return (
    <NodeFrame type={type} label={label || undefined} isConnectable={isConnectable} width={width}>
      <div className="arus-stock__glyph">{glyph}</div>
      <div className="arus-stock__lines">
        {quantity !== undefined ? <div className="arus-stock__quantity" data-field="quantity">{quantity}</div> : null}
        {daysText !== undefined ? (
          <div className={`arus-stock__days${isShown(data.days) ? '' : ' is-computed'}`} data-field="days">{daysText}</div>
        ) : null}
        {maxText !== undefined ? <div className="arus-stock__max" data-field="maxQuantity">{maxText}</div> : null}
        {note !== undefined ? <div className="arus-stock__note arus-label" title={note}>{note}</div> : null}
      </div>
    </NodeFrame>
  );
}
