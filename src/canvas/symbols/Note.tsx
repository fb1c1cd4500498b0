/** Note: a sticky note with the team's text, wrapped. */
import { memo } from 'react';
import { textOf } from './format';
import { type GlyphProps, type NodeSize, NodeFrame, type SymbolNodeProps, SvgGlyph, thin } from './shared';
import { charsIn, LEADING_PX, LINE_PX, STROKE_PX, SvgNode, SvgText, type SymbolSvgProps, svgSize, wrapText } from './svg';

export const size: NodeSize = { width: 180, height: 100 };

export function Glyph(props: GlyphProps) {
  return (
    <SvgGlyph viewWidth={48} viewHeight={48} {...props}>
      <path d="M5 5 H43 V32 L32 43 H5 Z" fill="#fde68a" />
      <path d="M43 32 H32 V43" fill="#f5c542" />
      <path d="M11 14 H37 M11 21 H37 M11 28 H27" style={thin(0.6)} />
    </SvgGlyph>
  );
}

const FOLD_PX = 18;

/** The sticky note with its dog-ear and the text wrapped in it, for the exports. */
export function Svg({ node }: SymbolSvgProps<'note'>) {
  const { width, height } = svgSize(node, size);
  const text = textOf(node.data.text);
  const maxLines = Math.max(1, Math.floor((height - 12) / LEADING_PX));
  const lines = text === undefined ? [] : wrapText(text, charsIn(width - 16, LINE_PX), maxLines);
  const outline = `M0 0 H${width} V${height - FOLD_PX} L${width - FOLD_PX} ${height} H0 Z`;
  const fold = `M${width} ${height - FOLD_PX} H${width - FOLD_PX} V${height} Z`;
  return (
    <SvgNode node={node}>
      <path d={outline} fill="#fde68a" stroke="currentColor" strokeWidth={STROKE_PX} strokeLinejoin="round" />
      <path d={fold} fill="#f5c542" stroke="currentColor" strokeWidth={STROKE_PX} strokeLinejoin="round" />
      <SvgText x={8} y={6 + LINE_PX} anchor="start" lines={lines} field="text" />
    </SvgNode>
  );
}

function NoteNodeView({ data, isConnectable }: SymbolNodeProps<'note'>) {
  const text = textOf(data.text);
  return (
    <NodeFrame type="note" label={text} isConnectable={isConnectable} width={size.width}>
      <div className="arus-note-wrap" title={text}>
        <div className="arus-note">
          <div className="arus-note__text">{text ?? ''}</div>
        </div>
        {/* the dog-ear over the corner the note's clip-path cuts away */}
        <svg className="arus-note__fold" width="24" height="24" viewBox="0 0 24 24" aria-hidden="true">
          <path d="M1 1 H23 L1 23 Z" fill="#f5c542" stroke="#111" strokeWidth="2" strokeLinejoin="round" />
        </svg>
      </div>
    </NodeFrame>
  );
}

export const NodeComponent = memo(NoteNodeView);
NodeComponent.displayName = 'NoteNode';
