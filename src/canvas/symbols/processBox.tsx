/** The process box shared by Process and Work cell: title bar, body with markers, data box. */
import type { ReactNode } from 'react';
import { FIELDS_BY_TYPE, type FieldSpec } from '../../domain/fields';
import { nodeSymbol } from '../../domain/symbols';
import type { ProcessData } from '../../domain/types';
import type { SymbolLocale } from './context';
import { useSymbolContext } from './context';
import { formatCount, formatPercent, formatSeconds, isShown, textOf } from './format';
import { DataBox, type DataRow, Label, NodeFrame, SvgGlyph, word } from './shared';
import { OperatorShape } from './parts';

/** Fields a data box may list: those with a short canvas label (C/T, C/O, Uptime …). */
const DATA_FIELDS: readonly FieldSpec[] = FIELDS_BY_TYPE.process.filter((field) => field.short !== undefined);

function formatField(field: FieldSpec, value: number, locale: SymbolLocale): string {
  switch (field.kind) {
    case 'seconds':
      return formatSeconds(value, locale);
    case 'percent':
      return formatPercent(value, locale);
    default:
      return formatCount(value, locale);
  }
}

/** Data box rows of a process or work cell: only the filled numeric fields, in catalog order. */
export function processRows(data: ProcessData, locale: SymbolLocale): DataRow[] {
  const rows: DataRow[] = [];
  for (const field of DATA_FIELDS) {
    const value = (data as Record<string, unknown>)[field.key];
    if (!isShown(value)) continue;
    rows.push({ key: field.key, label: field.short ?? field.key, value: formatField(field, value, locale) });
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
            <span className="arus-process__operators" title={word('operators', locale)}>
              <SvgGlyph viewWidth={40} viewHeight={40} size={26}>
                <OperatorShape />
              </SvgGlyph>
              <span>{formatCount(operators, locale)}</span>
            </span>
          ) : null}
          <span className="arus-badges">
            {data.pacemaker === true ? <span className="arus-badge arus-badge--pacemaker">{word('pacemaker', locale)}</span> : null}
            {data.shared === true ? <span className="arus-badge arus-badge--shared">{word('shared', locale)}</span> : null}
            {inspection ? <span className="arus-badge arus-badge--inspection">{word('inspection', locale)}</span> : null}
          </span>
        </div>
      </div>
      <DataBox rows={processRows(data, locale)} />
    </NodeFrame>
  );
}
