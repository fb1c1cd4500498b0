/** Production control: a box with the department name and the scheduling system (MRP, ERP). */
import { memo } from 'react';
import { useSymbolContext } from './context';
import { textOf } from './format';
import { type GlyphProps, Label, type NodeSize, NodeFrame, type SymbolNodeProps, SvgGlyph, thin } from './shared';
import { charsIn, LEADING_PX, LINE_PX, NAME_PX, STROKE_PX, SvgNode, SvgText, type SymbolSvgProps, svgSize, wrapText } from './svg';
import { symbolName } from '../../i18n/symbols';

export const size: NodeSize = { width: 180, height: 84 };

export function Glyph(props: GlyphProps) {
  return (
    <SvgGlyph viewWidth={48} viewHeight={48} {...props}>
      <rect x="3" y="9" width="42" height="30" fill="#fff" />
      <path d="M10 19 H38 M14 28 H34" style={thin(0.8)} />
    </SvgGlyph>
  );
}

/** The box with the department's name and its system (MRP, ERP), for the exports. */
export function Svg({ node, locale }: SymbolSvgProps<'control'>) {
  const { width, height } = svgSize(node, size);
  const maxChars = charsIn(width - 16, NAME_PX);
  const name = wrapText(textOf(node.data.name) ?? symbolName('control', locale), maxChars, 2);
  const system = textOf(node.data.system);
  const systemLines = system === undefined ? [] : wrapText(system, charsIn(width - 16, LINE_PX), 1);
  // The lines centred in the box.
  const first = height / 2 - ((name.length + systemLines.length - 1) * LEADING_PX) / 2 + NAME_PX / 3;
  return (
    <SvgNode node={node}>
      <rect x={0} y={0} width={width} height={height} fill="#fff" stroke="currentColor" strokeWidth={STROKE_PX} />
      <SvgText x={width / 2} y={first} lines={name} fontPx={NAME_PX} bold field="name" />
      <SvgText x={width / 2} y={first + name.length * LEADING_PX} lines={systemLines} field="system" />
    </SvgNode>
  );
}

function ControlNodeView({ data, isConnectable }: SymbolNodeProps<'control'>) {
  const { locale } = useSymbolContext();
  const name = textOf(data.name);
  const system = textOf(data.system);
  return (
    <NodeFrame type="control" label={name} isConnectable={isConnectable} width={size.width}>
      <div className="arus-control">
        <Label text={name} placeholder={symbolName('control', locale)} className="arus-control__name" />
        {system !== undefined ? <Label text={system} className="arus-control__system" /> : null}
      </div>
    </NodeFrame>
  );
}

export const NodeComponent = memo(ControlNodeView);
NodeComponent.displayName = 'ControlNode';
