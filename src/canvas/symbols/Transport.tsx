/** External shipment: a truck, ship, train or plane (by `mode`) with transit days and frequency. */
import { type JSX, memo } from 'react';
import { TRANSPORT_MODES, type TransportData, type TransportMode } from '../../domain/types';
import { type SymbolLocale, useSymbolContext } from './context';
import { formatterFor } from '../../i18n/format';
import { isShown, textOf } from './format';
import { type GlyphProps, type NodeSize, NodeFrame, type SymbolNodeProps, SvgGlyph, type Thin, thin } from './shared';
import { type SvgLine, SvgGlyphAndLines, type SymbolSvgProps } from './svg';

export const size: NodeSize = { width: 130, height: 120 };

function Truck({ thin }: { thin: Thin }) {
  return (
    <>
      <rect x="4" y="8" width="44" height="28" fill="#fff" />
      <path d="M48 16 H62 L74 28 V36 H48 Z" fill="#fff" />
      <path d="M52 20 H60 L67 27 H52 Z" fill="currentColor" style={thin(0.5)} />
      <circle cx="16" cy="39" r="5" fill="#fff" />
      <circle cx="34" cy="39" r="5" fill="#fff" />
      <circle cx="63" cy="39" r="5" fill="#fff" />
    </>
  );
}

function Ship({ thin }: { thin: Thin }) {
  return (
    <>
      <rect x="32" y="5" width="8" height="11" fill="currentColor" />
      <rect x="22" y="16" width="32" height="12" fill="#fff" />
      <path d="M3 28 H77 L66 42 H14 Z" fill="#fff" />
      <path d="M27 22 H49" style={thin(0.5)} />
      <path d="M2 46 Q8 43 14 46 T26 46 T38 46 T50 46 T62 46 T78 46" style={thin(0.5)} />
    </>
  );
}

function Train({ thin }: { thin: Thin }) {
  return (
    <>
      <path d="M6 10 H58 Q72 10 74 30 V36 H6 Z" fill="#fff" />
      <path d="M12 16 H22 V24 H12 Z M28 16 H38 V24 H28 Z M44 16 H54 V24 H44 Z" fill="currentColor" style={thin(0.5)} />
      <circle cx="16" cy="40" r="4.5" fill="#fff" />
      <circle cx="30" cy="40" r="4.5" fill="#fff" />
      <circle cx="50" cy="40" r="4.5" fill="#fff" />
      <circle cx="64" cy="40" r="4.5" fill="#fff" />
      <path d="M2 46 H78" style={thin(0.6)} />
    </>
  );
}

function Plane(_props: { thin: Thin }) {
  return (
    <>
      <path d="M30 22 L22 4 H30 L46 22 Z M30 30 L22 46 H30 L46 30 Z M8 22 L4 10 H10 L18 22 Z" fill="#fff" />
      <path d="M6 26 Q6 21 14 21 H64 Q76 21 77 26 Q76 31 64 31 H14 Q6 31 6 26 Z" fill="#fff" />
    </>
  );
}

const SHAPES: Record<TransportMode, (props: { thin: Thin }) => JSX.Element> = { truck: Truck, ship: Ship, rail: Train, air: Plane };
const VIEW = { viewWidth: 80, viewHeight: 48 };
const GLYPH_WIDTH_PX = 110;

/** The drawing of a mode; a truck when the mode is missing or unknown. */
function shapeOf(mode: TransportMode | undefined) {
  return SHAPES[mode && TRANSPORT_MODES.includes(mode) ? mode : 'truck'];
}

export function Glyph({ mode, ...props }: GlyphProps & { mode?: TransportMode }) {
  const Shape = shapeOf(mode);
  return (
    <SvgGlyph {...VIEW} {...props}>
      <Shape thin={thin} />
    </SvgGlyph>
  );
}

function transportLines(data: TransportData, locale: SymbolLocale): { frequency?: string; transit?: string } {
  return {
    frequency: textOf(data.frequency),
    transit: isShown(data.transitDays) ? formatterFor(locale).days(data.transitDays) : undefined,
  };
}

/** The vehicle of its mode with frequency and transit time under it, for the exports. */
export function Svg({ node, locale }: SymbolSvgProps<'transport'>) {
  const Shape = shapeOf(node.data.mode);
  const { frequency, transit } = transportLines(node.data, locale);
  const lines: SvgLine[] = [];
  if (frequency !== undefined) lines.push({ text: frequency, field: 'frequency' });
  if (transit !== undefined) lines.push({ text: transit, field: 'transitDays', bold: true });
  return <SvgGlyphAndLines node={node} size={size} {...VIEW} glyphWidth={GLYPH_WIDTH_PX} draw={(fixed) => <Shape thin={fixed} />} lines={lines} />;
}

function TransportNodeView({ data, isConnectable }: SymbolNodeProps<'transport'>) {
  const { locale } = useSymbolContext();
  const { frequency, transit } = transportLines(data, locale);
  const label = [frequency, transit].filter(Boolean).join(', ');
  return (
    <NodeFrame type="transport" label={label || undefined} isConnectable={isConnectable} width={size.width}>
      <div className="arus-stock__glyph">
        <Glyph mode={data.mode} width={GLYPH_WIDTH_PX} />
      </div>
      <div className="arus-stock__lines">
        {frequency !== undefined ? <div className="arus-stock__note arus-label" title={frequency}>{frequency}</div> : null}
        {transit !== undefined ? <div className="arus-stock__days" data-field="transitDays">{transit}</div> : null}
      </div>
    </NodeFrame>
  );
}

export const NodeComponent = memo(TransportNodeView);
NodeComponent.displayName = 'TransportNode';
