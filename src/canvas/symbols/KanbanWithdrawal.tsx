/** Withdrawal kanban: a card with the corner cut, drawn dotted to tell it from a production card. */
import { memo } from 'react';
import { KanbanNode, KanbanSvg } from './kanban';
import { CARD_PATH } from './parts';
import { type GlyphProps, type NodeSize, type SymbolNodeProps, SvgGlyph } from './shared';
import type { SymbolSvgProps } from './svg';

export const size: NodeSize = { width: 90, height: 96 };

const VIEW = { viewWidth: 48, viewHeight: 36 };
const GLYPH_WIDTH_PX = 76;

function Shape() {
  return <path d={CARD_PATH} fill="#fff" strokeDasharray="0.1 5" />;
}

export function Glyph(props: GlyphProps) {
  return (
    <SvgGlyph {...VIEW} {...props}>
      <Shape />
    </SvgGlyph>
  );
}

/** The dotted card with its quantity under it, for the exports. */
export function Svg(props: SymbolSvgProps<'kanban-withdrawal'>) {
  return <KanbanSvg {...props} size={size} {...VIEW} glyphWidth={GLYPH_WIDTH_PX} draw={() => <Shape />} />;
}

function KanbanWithdrawalNodeView({ data, isConnectable }: SymbolNodeProps<'kanban-withdrawal'>) {
  return <KanbanNode type="kanban-withdrawal" data={data} isConnectable={isConnectable} width={size.width} glyph={<Glyph width={GLYPH_WIDTH_PX} />} />;
}

export const NodeComponent = memo(KanbanWithdrawalNodeView);
NodeComponent.displayName = 'KanbanWithdrawalNode';
