/** The factory outline of suppliers and customers, with the name inside its walls. */
import type { ReactNode } from 'react';
import type { NodeOf } from '../../domain/types';
import { FACTORY_PATH } from './parts';
import { type DataRow, type GlyphProps, Label, type NodeSize, SvgGlyph } from './shared';
import { charsIn, LEADING_PX, NAME_PX, SvgDataBox, SvgNode, SvgShape, SvgText, svgSize, wrapText } from './svg';

export const FACTORY_WIDTH_PX = 170;

export function FactoryGlyph(props: GlyphProps) {
  return (
    <SvgGlyph viewWidth={80} viewHeight={48} {...props}>
      <path d={FACTORY_PATH} fill="#fff" />
    </SvgGlyph>
  );
}

/** The factory drawn large with the name set inside the walls, under the saw-tooth roof. */
export function FactoryWithName({ name, placeholder, children }: { name?: string; placeholder: string; children?: ReactNode }) {
  return (
    <div className="arus-factory">
      <FactoryGlyph width={FACTORY_WIDTH_PX} />
      <div className="arus-factory__name">
        <Label text={name} placeholder={placeholder} />
      </div>
      {children}
    </div>
  );
}

const VIEW_WIDTH = 80;
const VIEW_HEIGHT = 48;
/** The walls under the roof, in view-box units: where the name goes. */
const WALL_TOP = 19;
const WALL_BOTTOM = 45;

/** A supplier or customer for the exports: the factory with the name in its walls, the data box under it. */
export function FactorySvg({ node, size, name, rows }: {
  node: NodeOf<'supplier' | 'customer'>; size: NodeSize; name: string; rows: readonly DataRow[];
}) {
  const { width } = svgSize(node, size);
  const scale = width / VIEW_WIDTH;
  const height = VIEW_HEIGHT * scale;
  const nameLines = wrapText(name, charsIn(width - 24, NAME_PX), 2);
  // The name's lines centred between the walls' top and bottom.
  const middle = ((WALL_TOP + WALL_BOTTOM) / 2) * scale;
  const firstBaseline = middle - ((nameLines.length - 1) * LEADING_PX) / 2 + NAME_PX / 3;
  return (
    <SvgNode node={node}>
      <SvgShape x={0} y={0} width={width} height={height} viewWidth={VIEW_WIDTH} viewHeight={VIEW_HEIGHT}>
        {() => <path d={FACTORY_PATH} fill="#fff" />}
      </SvgShape>
      <SvgText x={width / 2} y={firstBaseline} lines={nameLines} fontPx={NAME_PX} bold field="name" />
      <SvgDataBox x={0} y={height + 6} width={width} rows={rows} />
    </SvgNode>
  );
}
