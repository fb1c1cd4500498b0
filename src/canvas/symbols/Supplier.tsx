/** Supplier: a factory outline (outside source) with its name and delivery note. */
import { memo } from 'react';
import { nodeSymbol } from '../../domain/symbols';
import { useSymbolContext } from './context';
import { FACTORY_WIDTH_PX, FactoryGlyph, FactoryWithName } from './factory';
import { textOf } from './format';
import { DataBox, type GlyphProps, type NodeSize, NodeFrame, type SymbolNodeProps } from './shared';

export const size: NodeSize = { width: FACTORY_WIDTH_PX, height: 140 };

export function Glyph(props: GlyphProps) {
  return <FactoryGlyph {...props} />;
}

function SupplierNodeView({ data, isConnectable }: SymbolNodeProps<'supplier'>) {
  const { locale } = useSymbolContext();
  const name = textOf(data.name);
  const deliveryNote = textOf(data.deliveryNote);
  return (
    <NodeFrame type="supplier" label={name} isConnectable={isConnectable} width={FACTORY_WIDTH_PX}>
      <FactoryWithName name={name} placeholder={nodeSymbol('supplier').name[locale]} />
      <DataBox rows={deliveryNote ? [{ key: 'deliveryNote', label: '', value: deliveryNote }] : []} className="arus-databox--text" />
    </NodeFrame>
  );
}

export const NodeComponent = memo(SupplierNodeView);
NodeComponent.displayName = 'SupplierNode';
