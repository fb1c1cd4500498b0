/** Work cell: a process box marked with the U of a cell layout, same data box as a process. */
import { memo } from 'react';
import { ProcessBox, PROCESS_WIDTH_PX } from './processBox';
import { CELL_PATH } from './parts';
import { type GlyphProps, type NodeSize, type SymbolNodeProps, SvgGlyph } from './shared';

export const size: NodeSize = { width: PROCESS_WIDTH_PX, height: 170 };

export function Glyph(props: GlyphProps) {
  return (
    <SvgGlyph viewWidth={48} viewHeight={48} {...props}>
      <path d={CELL_PATH} fill="#fff" />
    </SvgGlyph>
  );
}

function WorkCellNodeView({ data, isConnectable }: SymbolNodeProps<'workcell'>) {
  return (
    <ProcessBox
      type="workcell"
      data={data}
      isConnectable={isConnectable}
      bodyIcon={<Glyph size={28} className="arus-process__cell" />}
    />
  );
}

export const NodeComponent = memo(WorkCellNodeView);
NodeComponent.displayName = 'WorkCellNode';
