/** Customer: a factory outline with its name and demand (the data box under it). */
import { memo } from 'react';
import type { CustomerData } from '../../domain/types';
import { type SymbolLocale, useSymbolContext } from './context';
import { FACTORY_WIDTH_PX, FactoryGlyph, FactorySvg, FactoryWithName } from './factory';
import { formatterFor } from '../../i18n/format';
import { isShown, textOf } from './format';
import { canvasText, DataBox, type DataRow, type GlyphProps, type NodeSize, NodeFrame, type SymbolNodeProps } from './shared';
import type { SymbolSvgProps } from './svg';
import { symbolName } from '../../i18n/symbols';

export const size: NodeSize = { width: FACTORY_WIDTH_PX, height: 150 };

export function Glyph(props: GlyphProps) {
  return <FactoryGlyph {...props} />;
}

/** Demand a day and a month, and the note. */
function customerRows(data: CustomerData, locale: SymbolLocale): DataRow[] {
  const f = formatterFor(locale);
  const words = canvasText(locale);
  const note = textOf(data.note);
  const rows: DataRow[] = [];
  if (isShown(data.demandPerDay)) {
    rows.push({ key: 'demandPerDay', label: '', value: `${f.number(data.demandPerDay)}${words.perDay}` });
  }
  if (isShown(data.demandPerMonth)) {
    rows.push({ key: 'demandPerMonth', label: '', value: `${f.number(data.demandPerMonth)}${words.perMonth}` });
  }
  if (note) rows.push({ key: 'note', label: '', value: note });
  return rows;
}

/** The factory with the name and the demand, for the exports. */
export function Svg({ node, locale }: SymbolSvgProps<'customer'>) {
  const name = textOf(node.data.name) ?? symbolName('customer', locale);
  return <FactorySvg node={node} size={size} name={name} rows={customerRows(node.data, locale)} />;
}

function CustomerNodeView({ data, isConnectable }: SymbolNodeProps<'customer'>) {
  const { locale } = useSymbolContext();
  const name = textOf(data.name);
  const rows = customerRows(data, locale);
  return (
    <NodeFrame type="customer" label={name} isConnectable={isConnectable} width={FACTORY_WIDTH_PX}>
      <FactoryWithName name={name} placeholder={symbolName('customer', locale)} />
      <DataBox rows={rows} className="arus-databox--text" />
    </NodeFrame>
  );
}

export const NodeComponent = memo(CustomerNodeView);
NodeComponent.displayName = 'CustomerNode';
