/** The kanban symbols: a glyph with the card quantity under it. */
import type { ReactNode } from 'react';
import type { KanbanData, VsmNodeType } from '../../domain/types';
import { useSymbolContext } from './context';
import { formatterFor } from '../../i18n/format';
import { isShown } from './format';
import { NodeFrame } from './shared';

interface KanbanNodeProps {
  type: VsmNodeType;
  data: KanbanData;
  isConnectable: boolean;
  width: number;
  glyph: ReactNode;
}

export function KanbanNode({ type, data, isConnectable, width, glyph }: KanbanNodeProps) {
  const { locale } = useSymbolContext();
  const quantity = isShown(data.quantity) ? formatterFor(locale).count(data.quantity) : undefined;
  return (
    <NodeFrame type={type} label={quantity} isConnectable={isConnectable} width={width}>
      <div className="arus-stock__glyph">{glyph}</div>
      {quantity !== undefined ? (
        <div className="arus-stock__lines">
          <div className="arus-stock__quantity" data-field="quantity">{quantity}</div>
        </div>
      ) : null}
    </NodeFrame>
  );
}
