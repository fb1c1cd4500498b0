/** Quality problem: an octagon with "Q"; the note and ppm under it. */
import { memo } from 'react';
import type { QualityData } from '../../domain/types';
import { type SymbolLocale, useSymbolContext } from './context';
import { formatterFor } from '../../i18n/format';
import { isShown, textOf } from './format';
import { type GlyphProps, type NodeSize, NodeFrame, type SymbolNodeProps, SvgGlyph } from './shared';
import { type SvgLine, SvgGlyphAndLines, type SymbolSvgProps } from './svg';

export const size: NodeSize = { width: 120, height: 110 };

/** Regular octagon around (24, 24), flat sides up. */
const OCTAGON = Array.from({ length: 8 }, (_, i) => {
  const angle = (Math.PI / 4) * i + Math.PI / 8;
  return `${(24 + 21 * Math.cos(angle)).toFixed(2)} ${(24 + 21 * Math.sin(angle)).toFixed(2)}`;
}).join(' L');

const VIEW = { viewWidth: 48, viewHeight: 48 };
const GLYPH_PX = 64;

function Shape() {
  return (
    <>
      <path d={`M${OCTAGON} Z`} fill="#fee2e2" className="arus-quality__octagon" />
      <text x="24" y="32" textAnchor="middle" fontSize="23" fontWeight="800" fontFamily="system-ui, sans-serif" fill="#b91c1c" stroke="none">
        Q
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

/** The octagon with the note and the defect rate under it, for the exports. */
export function Svg({ node, locale }: SymbolSvgProps<'quality'>) {
  const { note, ppm } = qualityLines(node.data, locale);
  const lines: SvgLine[] = [];
  if (note !== undefined) lines.push({ text: note, field: 'note' });
  if (ppm !== undefined) lines.push({ text: ppm, field: 'ppm', bold: true });
  return <SvgGlyphAndLines node={node} size={size} {...VIEW} glyphWidth={GLYPH_PX} draw={() => <Shape />} lines={lines} />;
}

function qualityLines(data: QualityData, locale: SymbolLocale): { note?: string; ppm?: string } {
  return {
    note: textOf(data.note),
    ppm: isShown(data.ppm) ? formatterFor(locale).quantity(data.ppm, 'ppm') : undefined,
  };
}

function QualityNodeView({ data, isConnectable }: SymbolNodeProps<'quality'>) {
  const { locale } = useSymbolContext();
  const { note, ppm } = qualityLines(data, locale);
  return (
    <NodeFrame type="quality" label={note} isConnectable={isConnectable} width={size.width}>
      <div className="arus-stock__glyph">
        <Glyph size={GLYPH_PX} />
      </div>
      <div className="arus-stock__lines">
        {note !== undefined ? <div className="arus-stock__note arus-label" title={note}>{note}</div> : null}
        {ppm !== undefined ? <div className="arus-stock__days" data-field="ppm">{ppm}</div> : null}
      </div>
    </NodeFrame>
  );
}

export const NodeComponent = memo(QualityNodeView);
NodeComponent.displayName = 'QualityNode';
