/** The process box shared by Process and Work cell: title bar, body with markers, data box. */
import type { ReactNode } from 'react';
import { FIELDS_BY_TYPE, type FieldSpec } from '../../domain/fields';
import type { ProcessData } from '../../domain/types';
import type { SymbolLocale } from './context';
import { useSymbolContext } from './context';
import { formatterFor, type Formatter } from '../../i18n/format';
import { isShown, textOf } from './format';
import { canvasText, DataBox, type DataRow, Label, type NodeSize, NodeFrame } from './shared';
import { CELL_PATH, OperatorShape } from './parts';
import {
  charsIn, LEADING_PX, NAME_PX, STROKE_PX, SvgDataBox, SvgNode, SvgShape, SvgText, type SymbolSvgProps, svgSize, wrapText,
} from './svg';
import { symbolName } from '../../i18n/symbols';

/** Fields a data box may list: those with a short canvas label (C/T, C/O, Uptime …). */
const DATA_FIELDS: readonly FieldSpec[] = FIELDS_BY_TYPE.process.filter((field) => field.short !== undefined);

/** Times the VSM way (`62 s`, never `1 min`: the difference from takt must show), counts grouped. */
function formatField(field: FieldSpec, value: number, f: Formatter): string {
  switch (field.kind) {
    case 'seconds':
      return f.time(value);
    case 'percent':
      return f.percent(value);
    default:
      return f.count(value);
  }
}

/** Data box rows of a process or work cell: only the filled numeric fields, in catalog order. */
export function processRows(data: ProcessData, locale: SymbolLocale): DataRow[] {
  const f = formatterFor(locale);
  const labels = canvasText(locale).dataBoxLabels;
  const rows: DataRow[] = [];
  for (const field of DATA_FIELDS) {
    const value = (data as Record<string, unknown>)[field.key];
    if (!isShown(value)) continue;
    rows.push({ key: field.key, label: labels[field.key] ?? field.short ?? field.key, value: formatField(field, value, f) });
  }
  return rows;
}

export const PROCESS_WIDTH_PX = 180;

/** The figures a zoomed-out step keeps: the ones a room compares with takt. */
const FAR_FIELDS: readonly string[] = ['cycleTimeSec', 'uptimePct'];

interface ProcessBoxProps {
  type: 'process' | 'workcell';
  data: ProcessData;
  isConnectable: boolean;
  /** The height React Flow measured: the simple form keeps it, so nothing is measured again. */
  height?: number;
  /** Drawn in the body beside the operator (the U of a work cell). */
  bodyIcon?: ReactNode;
}

/** The badges of a step, in the canvas language: pacemaker, shared, inspection. */
function badgesOf(data: ProcessData, locale: SymbolLocale): string[] {
  const words = canvasText(locale);
  return [
    data.pacemaker === true ? words.pacemaker : undefined,
    data.shared === true ? words.shared : undefined,
    data.kind === 'inspection' ? words.inspection : undefined,
  ].filter((badge): badge is string => badge !== undefined);
}

/**
 * The box of a step, built from few elements (each one is work for the browser on every frame
 * of a drag, zoom or pan): the name is the title bar, the operator icon is the body's
 * background, the data box a grid of terms and values. Zoomed out, the simple form: the name
 * and the figures compared with takt, in type sized to stay readable on screen.
 */
export function ProcessBox({ type, data, isConnectable, height, bodyIcon }: ProcessBoxProps) {
  const { locale, far } = useSymbolContext();
  const words = canvasText(locale);
  const name = textOf(data.name);
  const inspection = data.kind === 'inspection';
  const operators = isShown(data.operators) ? data.operators : undefined;
  const rows = processRows(data, locale);
  const classes = [
    inspection ? 'is-inspection' : '',
    data.pacemaker === true ? 'is-pacemaker' : '',
    data.shared === true ? 'is-shared' : '',
  ].filter(Boolean).join(' ');
  if (far === true) {
    return (
      <NodeFrame type={type} label={name} isConnectable={isConnectable} width={PROCESS_WIDTH_PX} height={height} className={classes}>
        <div className="arus-process__far arus-far">
          <div className="arus-process__far-name">{name ?? symbolName(type, locale)}</div>
          {rows.filter((row) => FAR_FIELDS.includes(row.key)).map((row) => (
            <div key={row.key} className="arus-process__far-figure">{row.label} {row.value}</div>
          ))}
        </div>
      </NodeFrame>
    );
  }
  return (
    <NodeFrame type={type} label={name} isConnectable={isConnectable} width={PROCESS_WIDTH_PX} className={classes}>
      <div className="arus-process">
        <Label text={name} placeholder={symbolName(type, locale)} className="arus-process__name" />
        <div className={operators !== undefined ? 'arus-process__body has-operators' : 'arus-process__body'}>
          {bodyIcon}
          {operators !== undefined ? (
            <span className="arus-process__operators" title={words.operators}>{formatterFor(locale).count(operators)}</span>
          ) : null}
          {data.pacemaker === true ? <span className="arus-badge arus-badge--pacemaker">{words.pacemaker}</span> : null}
          {data.shared === true ? <span className="arus-badge arus-badge--shared">{words.shared}</span> : null}
          {inspection ? <span className="arus-badge arus-badge--inspection">{words.inspection}</span> : null}
        </div>
      </div>
      <DataBox rows={rows} />
    </NodeFrame>
  );
}

const TITLE_PAD_PX = 10;
const BODY_PX = 34;
const BADGE_PX = 10;

/**
 * A process or work cell for the exports: the box with the name in its title bar, operators and
 * badges in the body (and the U of a cell), the data box under it.
 */
export function ProcessSvg({ node, locale, size }: SymbolSvgProps<'process' | 'workcell'> & { size: NodeSize }) {
  const { width } = svgSize(node, size);
  const { data } = node;
  const name = textOf(data.name);
  const nameLines = wrapText(name ?? symbolName(node.type, locale), charsIn(width - 12, NAME_PX), 2);
  const titleHeight = TITLE_PAD_PX + nameLines.length * LEADING_PX;
  const boxHeight = titleHeight + BODY_PX;
  const operators = isShown(data.operators) ? formatterFor(locale).count(data.operators) : undefined;
  const badges = badgesOf(data, locale).join(' · ');
  const rows = processRows(data, locale);
  const bodyMiddle = titleHeight + BODY_PX / 2;
  let x = 8;
  const cell = node.type === 'workcell'
    ? <SvgShape x={x} y={bodyMiddle - 11} width={22} height={22} viewWidth={48} viewHeight={48}>{() => <path d={CELL_PATH} fill="#fff" />}</SvgShape>
    : null;
  if (cell !== null) x += 28;
  // The badges take the body's right side, clear of the operators and their count.
  const badgesWidth = width - x - 16 - (operators !== undefined ? 24 + [...operators].length * 8 : 0);
  return (
    <SvgNode node={node}>
      <rect x={0} y={0} width={width} height={boxHeight} fill="#fff" stroke="currentColor" strokeWidth={STROKE_PX} />
      <path d={`M0 ${titleHeight} H${width}`} stroke="currentColor" strokeWidth={data.kind === 'inspection' ? STROKE_PX * 2 : STROKE_PX} />
      <SvgText x={width / 2} y={TITLE_PAD_PX / 2 + NAME_PX} lines={nameLines} fontPx={NAME_PX} bold field="name" />
      {cell}
      {operators !== undefined ? (
        <g data-field="operators">
          <SvgShape x={x} y={bodyMiddle - 10} width={20} height={20} viewWidth={40} viewHeight={40}>{() => <OperatorShape />}</SvgShape>
          <SvgText x={x + 24} y={bodyMiddle + 4} anchor="start" lines={[operators]} bold />
        </g>
      ) : null}
      {badges !== '' ? (
        <SvgText x={width - 8} y={bodyMiddle + 4} anchor="end" lines={wrapText(badges, charsIn(badgesWidth, BADGE_PX), 1)} fontPx={BADGE_PX} bold />
      ) : null}
      <SvgDataBox x={0} y={boxHeight + 6} width={width} rows={rows} />
    </SvgNode>
  );
}

