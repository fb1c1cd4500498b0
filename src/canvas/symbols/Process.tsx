/** Process: a box with the step name in a title bar and a data box under it. */
import { memo } from 'react';
import { ProcessBox, ProcessSvg, PROCESS_WIDTH_PX } from './processBox';
import { type GlyphProps, type NodeSize, type SymbolNodeProps, SvgGlyph, thin } from './shared';
import type { SymbolSvgProps } from './svg';

export const size: NodeSize = { width: PROCESS_WIDTH_PX, height: 170 };

export function Glyph(props: GlyphProps) {
  return (
    <SvgGlyph viewWidth={48} viewHeight={48} {...props}>
      <rect x="4" y="3" width="40" height="25" fill="#fff" />
      <path d="M4 11 H44" />
      <rect x="4" y="32" width="40" height="13" fill="#fff" style={thin(0.7)} />
      <path d="M8 36.5 H30 M8 40.5 H24" style={thin(0.5)} />
    </SvgGlyph>
  );
}

/** The box with its title bar and data box, for the exports. */
export function Svg(props: SymbolSvgProps<'process'>) {
  return <ProcessSvg {...props} size={size} />;
}

function ProcessNodeView({ data, isConnectable, height }: SymbolNodeProps<'process'>) {
  return <ProcessBox type="process" data={data} isConnectable={isConnectable} height={height} />;
}

export const NodeComponent = memo(ProcessNodeView);
NodeComponent.displayName = 'ProcessNode';
