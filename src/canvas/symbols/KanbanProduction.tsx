/** Production kanban: a card with the top-right corner cut. */
import { memo } from 'react';
import { KanbanNode, KanbanSvg } from './kanban';
import { CARD_PATH } from './parts';
import { type GlyphProps, type NodeSize, type SymbolNodeProps, SvgGlyph } from './shared';
import type { SymbolSvgProps } from './svg';

export const size: NodeSize = { width: 90, height: 96 };

const VIEW = { viewWidth: 48, viewHeight: 36 };
const GLYPH_WIDTH_PX = 76;

function Shape() {
  return <path d={CARD_PATH} fill="#fff" />;
}

export function Glyph(props: GlyphProps) {
  return (
    <SvgGlyph {...VIEW} {...props}>
      <Shape />
    </SvgGlyph>
  );
}

/** The card with the corner cut with its quantity under it, for the exports. */
export function Svg(props: SymbolSvgProps<'kanban-production'>) {
  return <KanbanSvg {...props} size={size} {...VIEW} glyphWidth={GLYPH_WIDTH_PX} draw={() => <Shape />} />;
}

function KanbanProductionNodeView({ data, isConnectable }: SymbolNodeProps<'kanban-production'>) {
  return <KanbanNode type="kanban-production" data={data} isConnectable={isConnectable} width={size.width} glyph={<Glyph width={GLYPH_WIDTH_PX} />} />;
}

export const NodeComponent = memo(KanbanProductionNodeView);
NodeComponent.displayName = 'KanbanProductionNode';
