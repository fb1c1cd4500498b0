/** Load leveling (heijunka box): a box with OXOX and the leveling pattern under it. */
import { memo } from 'react';
import { textOf } from './format';
import { type GlyphProps, type NodeSize, NodeFrame, type SymbolNodeProps, SvgGlyph } from './shared';
import { SvgGlyphAndLines, type SymbolSvgProps } from './svg';

export const size: NodeSize = { width: 140, height: 90 };

const VIEW = { viewWidth: 72, viewHeight: 36 };
const GLYPH_WIDTH_PX = 112;

function Shape() {
  return (
    <>
      <rect x="3" y="3" width="66" height="30" fill="#fff" />
      <text x="36" y="24.5" textAnchor="middle" fontSize="17" fontWeight="800" letterSpacing="1" fontFamily="system-ui, sans-serif" fill="currentColor" stroke="none">
        OXOX
      </text>
    </>
  );
}

export function Glyph(props: GlyphProps) {
  return (
    <SvgGlyph {...VIEW} {...props}>
      <Shape />
    </SvgGlyph>
  );
}

/** The OXOX box with the leveling pattern under it, for the exports. */
export function Svg({ node }: SymbolSvgProps<'heijunka'>) {
  const pattern = textOf(node.data.pattern);
  return (
    <SvgGlyphAndLines
      node={node} size={size} {...VIEW} glyphWidth={GLYPH_WIDTH_PX} draw={() => <Shape />}
      lines={pattern === undefined ? [] : [{ text: pattern, field: 'pattern' }]}
    />
  );
}

function HeijunkaNodeView({ data, isConnectable }: SymbolNodeProps<'heijunka'>) {
  const pattern = textOf(data.pattern);
  return (
    <NodeFrame type="heijunka" label={pattern} isConnectable={isConnectable} width={size.width}>
      <div className="arus-stock__glyph">
        <Glyph width={GLYPH_WIDTH_PX} />
      </div>
      {pattern !== undefined ? (
        <div className="arus-stock__lines">
          <div className="arus-stock__note arus-label" title={pattern}>{pattern}</div>
        </div>
      ) : null}
    </NodeFrame>
  );
}

export const NodeComponent = memo(HeijunkaNodeView);
NodeComponent.displayName = 'HeijunkaNode';
