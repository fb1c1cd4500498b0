/**
 * The exported picture of one map state, drawn from the document (not copied from the DOM): a
 * title block (title, product, state, date), the key figures, every arrow routed as the canvas
 * routes it, every symbol by its own `Svg`, and the lead-time ladder (`LadderSvg`, as on the canvas). A React SVG element tree:
 * the team's text goes in as text nodes that React escapes, so a name like `<b>x</b>` stays text.
 */
import type { ReactElement, SVGProps } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { localToday } from '../domain/actionPlan';
import { analyzeMap } from '../domain/analysis';
import type { MapAnalysis } from '../domain/analysis/types';
import type { MapState, StateKey, VsmDocument, VsmNode } from '../domain/types';
import {
  type Box, edgeEnds, edgeRouteStyle, edgeSvg, nodeSize, type NodeSize, pathBounds, routerFor, symbolSvg,
} from '../canvas/registry';
import { LadderSvg } from '../canvas/ladder/LadderSvg';
import { layoutLadder } from '../canvas/ladder/layout';
import { computedStockDays } from '../canvas/toFlow';
import { charsIn, FONT, INK, svgSize, wrapText } from '../canvas/symbols/svg';
import { formatterFor, MISSING, type Language } from '../i18n';
import { metricName } from '../i18n/domain';
import { EXPORT_TEXT } from '../i18n/export';
import { stepLabel } from '../panels/MetricsPanel';

export type Background = 'white' | 'transparent';

export interface PictureInput {
  doc: VsmDocument;
  state: StateKey;
  locale: Language;
  background: Background;
  /** The day the picture is made (the title block's date). */
  date: Date;
  /** The analysis of that state; computed when not given. */
  analysis?: MapAnalysis;
  /** Sizes the canvas measured, by node id: arrows then meet the symbols where they do on screen. */
  measured?: Readonly<Record<string, NodeSize>>;
}

export interface Picture {
  /** The root `<svg>`, sized in map px. */
  element: ReactElement<SVGProps<SVGSVGElement>>;
  /** Size in map px (1×). */
  width: number;
  height: number;
}

const MARGIN_PX = 40;
/** The title block and the key figures need this much width, however small the map. */
const MIN_CONTENT_PX = 880;
const TITLE_PX = 28;
const TITLE_LEADING_PX = 34;
const INFO_PX = 15;
const INFO_LEADING_PX = 22;
const FIGURE_W = 210;
const FIGURE_H = 58;
const FIGURE_GAP = 12;
const MUTED = '#4b5563';
/** Room around an arrow's route for its width and arrowhead. */
const EDGE_PAD_PX = 16;

const round = (n: number) => Math.round(n * 100) / 100;

function union(a: Box | null, b: Box): Box {
  if (a === null) return b;
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

/** The map drawn at its own coordinates: arrows under symbols (as on the canvas), and its bounds. */
function mapLayer(map: MapState, input: PictureInput, analysis: MapAnalysis): { element: ReactElement; bounds: Box | null } {
  const sizeOf = (node: VsmNode): NodeSize => input.measured?.[node.id] ?? svgSize(node, nodeSize(node.type));
  const boxes = new Map<string, Box>();
  let bounds: Box | null = null;
  for (const node of map.nodes) {
    const box = { ...node.position, ...sizeOf(node) };
    boxes.set(node.id, box);
    bounds = union(bounds, box);
  }
  const edges: ReactElement[] = [];
  for (const edge of map.edges) {
    const source = boxes.get(edge.source);
    const target = boxes.get(edge.target);
    if (!source || !target) continue;
    const ends = edgeEnds(source, target, edge.sourceHandle, edge.targetHandle);
    const route = routerFor(edgeRouteStyle(edge), ends)(0);
    const around = pathBounds(route.path);
    bounds = union(bounds, { x: around.x - EDGE_PAD_PX, y: around.y - EDGE_PAD_PX, width: around.width + 2 * EDGE_PAD_PX, height: around.height + 2 * EDGE_PAD_PX });
    // The label sits about 40 px around the route's middle, up to 40 characters of 15 px type.
    bounds = union(bounds, { x: route.labelX - 160, y: route.labelY - 40, width: 320, height: 80 });
    edges.push(edgeSvg(edge, ends, input.locale));
  }
  const stockDaysById = computedStockDays(map.nodes, analysis.dailyDemand);
  // The lead-time ladder under the steps it measures, as the canvas draws it.
  const ladder = layoutLadder(map.nodes, analysis, sizeOf);
  if (ladder) bounds = union(bounds, ladder.bounds);
  const element = (
    <g className="arus-svg-map">
      <g className="arus-svg-edges">{edges}</g>
      <g className="arus-svg-nodes">{map.nodes.map((node) => symbolSvg(node, input.locale, { stockDaysById }))}</g>
      {ladder ? <g className="arus-svg-ladder"><LadderSvg layout={ladder} analysis={analysis} nodes={map.nodes} locale={input.locale} /></g> : null}
    </g>
  );
  return { element, bounds };
}

interface Figure { key: string; name: string; value: string }

/** Takt, lead time, value-added ratio and bottleneck, as presentation mode shows them. */
function keyFigures(analysis: MapAnalysis, locale: Language): Figure[] {
  const f = formatterFor(locale);
  return [
    { key: 'taktTimeSec', name: metricName('taktTimeSec', locale), value: f.time(analysis.taktTimeSec) },
    { key: 'leadTimeDays', name: metricName('leadTimeDays', locale), value: f.days(analysis.leadTimeDays) },
    { key: 'valueAddedRatio', name: metricName('valueAddedRatio', locale), value: f.ratio(analysis.valueAddedRatio) },
    {
      key: 'bottleneckId', name: metricName('bottleneckId', locale),
      value: analysis.bottleneckId === null ? MISSING : stepLabel(analysis, analysis.bottleneckId, locale),
    },
  ];
}

/** The picture of one state of the document; see the file's doc. */
export function buildPicture(input: PictureInput): Picture {
  const map = input.state === 'future' && input.doc.states.future ? input.doc.states.future : input.doc.states.current;
  const analysis = input.analysis ?? analyzeMap(map);
  const text = EXPORT_TEXT[input.locale];
  const f = formatterFor(input.locale);
  const layer = mapLayer(map, input, analysis);
  const mapBox = layer.bounds ?? { x: 0, y: 0, width: 0, height: 0 };
  const contentWidth = Math.max(MIN_CONTENT_PX, Math.ceil(mapBox.width));
  const width = contentWidth + 2 * MARGIN_PX;

  // The title block: long titles wrap, never cut short of what fits in three lines.
  const titleLines = wrapText(input.doc.title, charsIn(contentWidth, TITLE_PX), 3);
  const infoChars = charsIn(contentWidth, INFO_PX);
  const stateName = input.state === 'future' ? text.picture.futureState : text.picture.currentState;
  const info: { key: string; lines: string[]; bold?: boolean }[] = [];
  if (input.doc.product) info.push({ key: 'product', lines: wrapText(`${text.picture.product}: ${input.doc.product}`, infoChars, 2) });
  info.push({ key: 'state', lines: [`${stateName} · ${f.date(localToday(input.date))}`], bold: true });
  let y = MARGIN_PX + TITLE_PX;
  const titleY = y;
  y += (titleLines.length - 1) * TITLE_LEADING_PX + INFO_LEADING_PX + 4;
  const infoRows = info.map((row) => {
    const at = y;
    y += row.lines.length * INFO_LEADING_PX;
    return { ...row, y: at };
  });

  // The key figures in one row of boxes, wrapping onto more rows on a narrow map.
  const figures = keyFigures(analysis, input.locale);
  const perRow = Math.max(1, Math.floor((contentWidth + FIGURE_GAP) / (FIGURE_W + FIGURE_GAP)));
  const figuresTop = y + 4;
  const figureRows = Math.ceil(figures.length / perRow);
  const headerBottom = figuresTop + figureRows * (FIGURE_H + FIGURE_GAP) + 8;
  const figureChars = charsIn(FIGURE_W - 20, 18);

  const mapTop = headerBottom + 24;
  const height = Math.ceil(mapTop + mapBox.height + MARGIN_PX);
  // Centre a map narrower than the title block.
  const dx = MARGIN_PX + (contentWidth - mapBox.width) / 2 - mapBox.x;
  const dy = mapTop - mapBox.y;

  const element = (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={text.picture.label(input.doc.title, stateName)}
      fontFamily={FONT}
      color={INK}
    >
      <title>{text.picture.label(input.doc.title, stateName)}</title>
      {input.background === 'white' ? <rect className="arus-svg-background" x={0} y={0} width={width} height={height} fill="#fff" /> : null}
      <g className="arus-svg-title-block" data-state={input.state}>
        {titleLines.map((line, i) => (
          <text key={i} x={MARGIN_PX} y={titleY + i * TITLE_LEADING_PX} fontSize={TITLE_PX} fontWeight={700} fill={INK} data-field="title">{line}</text>
        ))}
        {infoRows.map((row) => row.lines.map((line, i) => (
          <text
            key={`${row.key}-${i}`} x={MARGIN_PX} y={row.y + i * INFO_LEADING_PX} fontSize={INFO_PX}
            fontWeight={row.bold ? 700 : 400} fill={row.bold ? INK : MUTED} data-field={row.key}
          >
            {line}
          </text>
        )))}
        {figures.map((figure, i) => {
          const x = MARGIN_PX + (i % perRow) * (FIGURE_W + FIGURE_GAP);
          const top = figuresTop + Math.floor(i / perRow) * (FIGURE_H + FIGURE_GAP);
          return (
            <g key={figure.key} className="arus-svg-figure" data-figure={figure.key}>
              <rect x={x} y={top} width={FIGURE_W} height={FIGURE_H} rx={6} fill="#f3f4f6" stroke="#d1d5db" />
              <text x={x + 10} y={top + 20} fontSize={13} fill={MUTED}>{figure.name}</text>
              <text x={x + 10} y={top + 45} fontSize={18} fontWeight={700} fill={INK}>{wrapText(figure.value, figureChars, 1)[0]}</text>
            </g>
          );
        })}
        <path d={`M${MARGIN_PX} ${round(headerBottom)} H${width - MARGIN_PX}`} stroke="#d1d5db" strokeWidth={1} />
      </g>
      <g transform={`translate(${round(dx)} ${round(dy)})`}>{layer.element}</g>
    </svg>
  );
  return { element, width, height };
}

/** The picture as a standalone SVG document: system fonts, no external references. */
export function pictureMarkup(picture: Picture): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderToStaticMarkup(picture.element)}`;
}
