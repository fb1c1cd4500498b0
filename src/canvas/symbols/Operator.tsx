/** Operator: head and shoulders with the number of people. */
import { memo } from 'react';
import { useSymbolContext } from './context';
import { formatterFor } from '../../i18n/format';
import { isShown } from './format';
import { OperatorShape } from './parts';
import { type GlyphProps, type NodeSize, NodeFrame, type SymbolNodeProps, SvgGlyph } from './shared';
import { SvgGlyphAndLines, type SymbolSvgProps } from './svg';

export const size: NodeSize = { width: 90, height: 56 };

const VIEW = { viewWidth: 40, viewHeight: 40 };

export function Glyph(props: GlyphProps) {
  return (
    <SvgGlyph {...VIEW} {...props}>
      <OperatorShape />
    </SvgGlyph>
  );
}

/** Head and shoulders with the number of people under them, for the exports. */
export function Svg({ node, locale }: SymbolSvgProps<'operator'>) {
  const count = isShown(node.data.count) ? formatterFor(locale).count(node.data.count) : undefined;
  return (
    <SvgGlyphAndLines
      node={node} size={size} {...VIEW} glyphWidth={32} draw={() => <OperatorShape />}
      lines={count === undefined ? [] : [{ text: count, field: 'count', bold: true }]}
    />
  );
}

function OperatorNodeView({ data, isConnectable }: SymbolNodeProps<'operator'>) {
  const { locale } = useSymbolContext();
  const count = isShown(data.count) ? formatterFor(locale).count(data.count) : undefined;
  return (
    <NodeFrame type="operator" label={count} isConnectable={isConnectable}>
      <div className="arus-operator">
        <Glyph size={48} />
        {count !== undefined ? <span className="arus-operator__count" data-field="count">{count}</span> : null}
      </div>
    </NodeFrame>
  );
}

export const NodeComponent = memo(OperatorNodeView);
NodeComponent.displayName = 'OperatorNode';
