/** Customer: a factory outline with its name and demand (the data box under it). */
import { memo } from 'react';
import { nodeSymbol } from '../../domain/symbols';
import { useSymbolContext } from './context';
import { FACTORY_WIDTH_PX, FactoryGlyph, FactoryWithName } from './factory';
import { formatNumber, isShown, textOf } from './format';
import { DataBox, type DataRow, type GlyphProps, type NodeSize, NodeFrame, type SymbolNodeProps, word } from './shared';

export const size: NodeSize = { width: FACTORY_WIDTH_PX, height: 150 };

export function Glyph(props: GlyphProps) {
  return <FactoryGlyph {...props} />;
}

function CustomerNodeView({ data, isConnectable }: SymbolNodeProps<'customer'>) {
  const { locale } = useSymbolContext();
  const name = textOf(data.name);
  const note = textOf(data.note);
  const rows: DataRow[] = [];
  if (isShown(data.demandPerDay)) {
    rows.push({ key: 'demandPerDay', label: '', value: `${formatNumber(data.demandPerDay, locale)}${word('perDay', locale)}` });
  }
  if (isShown(data.demandPerMonth)) {
    rows.push({ key: 'demandPerMonth', label: '', value: `${formatNumber(data.demandPerMonth, locale)}${word('perMonth', locale)}` });
  }
  if (note) rows.push({ key: 'note', label: '', value: note });
  return (
    <NodeFrame type="customer" label={name} isConnectable={isConnectable} width={FACTORY_WIDTH_PX}>
      <FactoryWithName name={name} placeholder={nodeSymbol('customer').name[locale]} />
      <DataBox rows={rows} className="arus-databox--text" />
    </NodeFrame>
  );
}

export const NodeComponent = memo(CustomerNodeView);
NodeComponent.displayName = 'CustomerNode';
