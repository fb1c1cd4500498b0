/** Kaizen burst: a jagged starburst with the improvement's title inside it. */
import { memo } from 'react';
import { KAIZEN_STATUSES, type KaizenData } from '../../domain/types';
import { type SymbolLocale, useSymbolContext } from './context';
import { formatterFor } from '../../i18n/format';
import { textOf } from './format';
import { canvasText, type GlyphProps, Label, type NodeSize, NodeFrame, type SymbolNodeProps, SvgGlyph } from './shared';
import { charsIn, LEADING_PX, LINE_PX, NAME_PX, SvgNode, SvgShape, SvgText, type SymbolSvgProps, svgSize, wrapText } from './svg';
import { symbolName } from '../../i18n/symbols';

export const size: NodeSize = { width: 190, height: 140 };

const VIEW_WIDTH = 100;
const VIEW_HEIGHT = 64;
/** Spike lengths vary a little so the burst looks hand-drawn, as on paper maps. */
const SPIKE_JITTER = [1, 0.9, 1.04, 0.93, 1, 0.88, 1.03, 0.95, 0.9, 1.04, 0.92, 1];

function burstPath(): string {
  const cx = VIEW_WIDTH / 2;
  const cy = VIEW_HEIGHT / 2;
  const spikes = SPIKE_JITTER.length;
  const points: string[] = [];
  for (let i = 0; i < spikes * 2; i += 1) {
    const angle = (Math.PI * i) / spikes - Math.PI / 2;
    const outer = i % 2 === 0;
    const jitter = outer ? SPIKE_JITTER[i / 2] ?? 1 : 1;
    const rx = (outer ? 48 : 40) * jitter;
    const ry = (outer ? 31 : 24) * jitter;
    points.push(`${(cx + rx * Math.cos(angle)).toFixed(1)} ${(cy + ry * Math.sin(angle)).toFixed(1)}`);
  }
  return `M${points.join(' L')} Z`;
}

const BURST_PATH = burstPath();

export function Glyph(props: GlyphProps) {
  return (
    <SvgGlyph viewWidth={VIEW_WIDTH} viewHeight={VIEW_HEIGHT} {...props}>
      <path d={BURST_PATH} fill="#fff" />
    </SvgGlyph>
  );
}

/** Owner, due date and status on one line: `Sari · 30 Jun 2025 · open`. */
function detailsOf(data: KaizenData, locale: SymbolLocale): string {
  const owner = textOf(data.owner);
  const dueDate = textOf(data.dueDate) === undefined ? undefined : formatterFor(locale).date(data.dueDate);
  const status = statusOf(data);
  return [owner, dueDate, status ? canvasText(locale).status[status] : undefined].filter(Boolean).join(' · ');
}

const statusOf = (data: KaizenData) => (data.status && KAIZEN_STATUSES.includes(data.status) ? data.status : undefined);

/** The burst with the title inside it and owner, due date and status under it, for the exports. */
export function Svg({ node, locale }: SymbolSvgProps<'kaizen'>) {
  const { width } = svgSize(node, size);
  const burstHeight = (width * VIEW_HEIGHT) / VIEW_WIDTH;
  // The inner ring of the burst is about 80 % of its width.
  const title = wrapText(textOf(node.data.title) ?? symbolName('kaizen', locale), charsIn(width * 0.6, NAME_PX), 3);
  const details = detailsOf(node.data, locale);
  const first = burstHeight / 2 - ((title.length - 1) * LEADING_PX) / 2 + NAME_PX / 3;
  return (
    <SvgNode node={node}>
      <SvgShape x={0} y={0} width={width} height={burstHeight} viewWidth={VIEW_WIDTH} viewHeight={VIEW_HEIGHT}>
        {() => <path d={BURST_PATH} fill="#fff" />}
      </SvgShape>
      <SvgText x={width / 2} y={first} lines={title} fontPx={NAME_PX} bold field="title" />
      {details !== '' ? (
        <SvgText x={width / 2} y={burstHeight + 4 + LINE_PX} lines={wrapText(details, charsIn(width, LINE_PX), 2)} field="details" />
      ) : null}
    </SvgNode>
  );
}

function KaizenNodeView({ data, isConnectable }: SymbolNodeProps<'kaizen'>) {
  const { locale } = useSymbolContext();
  const title = textOf(data.title);
  const status = statusOf(data);
  const details = detailsOf(data, locale);
  return (
    <NodeFrame type="kaizen" label={title} isConnectable={isConnectable} width={size.width} className={status ? `is-${status}` : undefined}>
      <div className="arus-kaizen">
        <Glyph width={size.width} />
        <div className="arus-kaizen__title">
          <Label text={title} placeholder={symbolName('kaizen', locale)} />
        </div>
      </div>
      {details ? <div className="arus-kaizen__details arus-label" title={details}>{details}</div> : null}
    </NodeFrame>
  );
}

export const NodeComponent = memo(KaizenNodeView);
NodeComponent.displayName = 'KaizenNode';
