/** Production control: a box with the department name and the scheduling system (MRP, ERP). */
import { memo } from 'react';
import { nodeSymbol } from '../../domain/symbols';
import { useSymbolContext } from './context';
import { textOf } from './format';
import { type GlyphProps, Label, type NodeSize, NodeFrame, type SymbolNodeProps, SvgGlyph, thin } from './shared';

export const size: NodeSize = { width: 180, height: 84 };

export function Glyph(props: GlyphProps) {
  return (
    <SvgGlyph viewWidth={48} viewHeight={48} {...props}>
      <rect x="3" y="9" width="42" height="30" fill="#fff" />
      <path d="M10 19 H38 M14 28 H34" style={thin(0.8)} />
    </SvgGlyph>
  );
}

function ControlNodeView({ data, isConnectable }: SymbolNodeProps<'control'>) {
  const { locale } = useSymbolContext();
  const name = textOf(data.name);
  const system = textOf(data.system);
  return (
    <NodeFrame type="control" label={name} isConnectable={isConnectable} width={size.width}>
      <div className="arus-control">
        <Label text={name} placeholder={nodeSymbol('control').name[locale]} className="arus-control__name" />
        {system !== undefined ? <Label text={system} className="arus-control__system" /> : null}
      </div>
    </NodeFrame>
  );
}

export const NodeComponent = memo(ControlNodeView);
NodeComponent.displayName = 'ControlNode';
