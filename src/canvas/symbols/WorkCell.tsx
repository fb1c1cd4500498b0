/** Work cell: a process box marked with the U of a cell layout, same data box as a process. */
import { memo } from 'react';
import { ProcessBox, ProcessSvg, PROCESS_WIDTH_PX } from './processBox';
import { CELL_PATH } from './parts';
import { type GlyphProps, type NodeSize, type SymbolNodeProps, SvgGlyph } from './shared';
import type { SymbolSvgProps } from './svg';

export const size: NodeSize = { width: PROCESS_WIDTH_PX, height: 170 };

export function Glyph(props: GlyphProps) {
  return (
    <SvgGlyph viewWidth={48} viewHeight={48} {...props}>
      <path d={CELL_PATH} fill="#fff" />
    </SvgGlyph>
  );
}

/** The box marked with the U of a cell, with its data box, for the exports. */
export function Svg(props: SymbolSvgProps<'workcell'>) {
  return <ProcessSvg {...props} size={size} />;
}

function WorkCellNodeView({ data, isConnectable, height }: SymbolNodeProps<'workcell'>) {
  return (
    <ProcessBox
      type="workcell"
      data={data}
      isConnectable={isConnectable}
      height={height}
      bodyIcon={<Glyph size={28} className="arus-process__cell" />}
    />
  );
}

export const NodeComponent = memo(WorkCellNodeView);
NodeComponent.displayName = 'WorkCellNode';
