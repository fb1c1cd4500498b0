/** The process box shared by Process and Work cell: title bar, body with markers, data box. */
import type { ReactNode } from 'react';
import { FIELDS_BY_TYPE, type FieldSpec } from '../../domain/fields';
import { nodeSymbol } from '../../domain/symbols';
import type { ProcessData } from '../../domain/types';
import type { SymbolLocale } from './context';
import { useSymbolContext } from './context';
import { formatterFor, type Formatter } from '../../i18n/format';
import { isShown, textOf } from './format';
import { canvasText, DataBox, type DataRow, Label, NodeFrame, SvgGlyph } from './shared';
import { OperatorShape } from './parts';

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

interface ProcessBoxProps {
  type: 'process' | 'workcell';
  data: ProcessData;
  isConnectable: boolean;
  /** Drawn in the body beside the operator (the U of a work cell). */
  bodyIcon?: ReactNode;
}

export function ProcessBox({ type, data, isConnectable, bodyIcon }: ProcessBoxProps) {
  const { locale } = useSymbolContext();
  const words = canvasText(locale);
  const name = textOf(data.name);
  const inspection = data.kind === 'inspection';
  const operators = isShown(data.operators) ? data.operators : undefined;
  const classes = [
    inspection ? 'is-inspection' : '',
    data.pacemaker === true ? 'is-pacemaker' : '',
    data.shared === true ? 'is-shared' : '',
  ].filter(Boolean).join(' ');
  return (
    <NodeFrame type={type} label={name} isConnectable={isConnectable} width={PROCESS_WIDTH_PX} className={classes}>
      <div className="arus-process">
        <div className="arus-process__title">
          <Label text={name} placeholder={nodeSymbol(type).name[locale]} className="arus-process__name" />
        </div>
        <div className="arus-process__body">
          {bodyIcon}
          {operators !== undefined ? (
            <span className="arus-process__operators" title={words.operators}>
              <SvgGlyph viewWidth={40} viewHeight={40} size={26}>
                <OperatorShape />
              </SvgGlyph>
              <span>{formatterFor(locale).count(operators)}</span>
            </span>
          ) : null}
          <span className="arus-badges">
            {data.pacemaker === true ? <span className="arus-badge arus-badge--pacemaker">{words.pacemaker}</span> : null}
            {data.shared === true ? <span className="arus-badge arus-badge--shared">{words.shared}</span> : null}
            {inspection ? <span className="arus-badge arus-badge--inspection">{words.inspection}</span> : null}
          </span>
        </div>
      </div>
      <DataBox rows={processRows(data, locale)} />
    </NodeFrame>
  );
}
