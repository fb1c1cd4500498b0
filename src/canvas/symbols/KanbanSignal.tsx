/** Signal kanban: an inverted triangle. */
import { memo } from 'react';
import { KanbanNode, KanbanSvg } from './kanban';
import { type GlyphProps, type NodeSize, type SymbolNodeProps, SvgGlyph } from './shared';
import type { SymbolSvgProps } from './svg';

export const size: NodeSize = { width: 80, height: 96 };

const VIEW = { viewWidth: 48, viewHeight: 42 };
const GLYPH_WIDTH_PX = 64;

function Shape() {
  return <path d="M4 4 H44 L24 38 Z" fill="#fff" />;
}

export function Glyph(props: GlyphProps) {
  return (
    <SvgGlyph {...VIEW} {...props}>
      <Shape />
    </SvgGlyph>
  );
}

/** The inverted triangle with its quantity under it, for the exports. */
export function Svg(props: SymbolSvgProps<'kanban-signal'>) {
  return <KanbanSvg {...props} size={size} {...VIEW} glyphWidth={GLYPH_WIDTH_PX} draw={() => <Shape />} />;
}

function KanbanSignalNodeView({ data, isConnectable }: SymbolNodeProps<'kanban-signal'>) {
  return <KanbanNode type="kanban-signal" data={data} isConnectable={isConnectable} width={size.width} glyph={<Glyph width={GLYPH_WIDTH_PX} />} />;
}

export const NodeComponent = memo(KanbanSignalNodeView);
NodeComponent.displayName = 'KanbanSignalNode';
