/** Supplier: a factory outline (outside source) with its name and delivery note. */
import { memo } from 'react';
import type { SupplierData } from '../../domain/types';
import { useSymbolContext } from './context';
import { FACTORY_WIDTH_PX, FactoryGlyph, FactorySvg, FactoryWithName } from './factory';
import { textOf } from './format';
import { DataBox, type DataRow, type GlyphProps, type NodeSize, NodeFrame, type SymbolNodeProps } from './shared';
import type { SymbolSvgProps } from './svg';
import { symbolName } from '../../i18n/symbols';

export const size: NodeSize = { width: FACTORY_WIDTH_PX, height: 140 };

export function Glyph(props: GlyphProps) {
  return <FactoryGlyph {...props} />;
}

function supplierRows(data: SupplierData): DataRow[] {
  const deliveryNote = textOf(data.deliveryNote);
  return deliveryNote ? [{ key: 'deliveryNote', label: '', value: deliveryNote }] : [];
}

/** The factory with the name and the delivery note, for the exports. */
export function Svg({ node, locale }: SymbolSvgProps<'supplier'>) {
  const name = textOf(node.data.name) ?? symbolName('supplier', locale);
  return <FactorySvg node={node} size={size} name={name} rows={supplierRows(node.data)} />;
}

function SupplierNodeView({ data, isConnectable }: SymbolNodeProps<'supplier'>) {
  const { locale } = useSymbolContext();
  const name = textOf(data.name);
  return (
    <NodeFrame type="supplier" label={name} isConnectable={isConnectable} width={FACTORY_WIDTH_PX}>
      <FactoryWithName name={name} placeholder={symbolName('supplier', locale)} />
      <DataBox rows={supplierRows(data)} className="arus-databox--text" />
    </NodeFrame>
  );
}

export const NodeComponent = memo(SupplierNodeView);
NodeComponent.displayName = 'SupplierNode';
