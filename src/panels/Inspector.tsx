import { memo, useId, useMemo, type ReactNode } from 'react';
import { EDGE_FIELDS, fieldsOf, type FieldKey, type FieldSpec } from '../domain/fields';
import { EDGE_SYMBOLS } from '../domain/symbols';
import { formatDuration } from '../domain/units';
import { isProcessNode, WASTE_IDS, type MapState, type VsmEdge, type VsmEdgeType, type VsmNodeType } from '../domain/types';
import { CheckboxField, CommitField, SelectField, WastePicker, type SelectOption } from './FieldInput';
import { formatFieldValue, parseEdgeField, parseNodeField } from './inspector/parseField';
import { useInspectorText, type InspectorText } from './inspector/strings';
import { useFormatter, type Formatter, type Language } from '../i18n';
import { WASTE_NAMES } from '../i18n/wastes';
import './inspector.css';
import { arrowName, fieldLabel, symbolName } from '../i18n/symbols';

export interface InspectorSelection {
  nodeIds: string[];
  edgeIds: string[];
}

/** A change to one edge: a new type and/or a patch of its data (undefined removes a key). */
export interface EdgeChange {
  type?: VsmEdgeType;
  data?: Record<string, unknown>;
}

export interface InspectorProps {
  map: MapState;
  selection: InspectorSelection;
  /** Seconds in a day for "2 d" typed into a time field (the map's available time a day). */
  secondsPerDay: number;
  /** A patch of the node's data; a key set to undefined removes that field. */
  onChangeNodeData(id: string, patch: Record<string, unknown>): void;
  onChangeEdge(id: string, change: EdgeChange): void;
}

/**
 * The property editor of the selected symbol. One node: its fields from the catalog; one
 * edge: arrow type and edge data; several: a count; nothing (or a stale id): renders nothing,
 * so the app can show the map settings instead.
 */
export function Inspector({ map, selection, secondsPerDay, onChangeNodeData, onChangeEdge }: InspectorProps) {
  const count = selection.nodeIds.length + selection.edgeIds.length;
  const nodeId = count === 1 ? selection.nodeIds[0] : undefined;
  const edgeId = count === 1 ? selection.edgeIds[0] : undefined;
  const node = nodeId === undefined ? undefined : map.nodes.find((n) => n.id === nodeId);
  const edge = edgeId === undefined ? undefined : map.edges.find((e) => e.id === edgeId);
  const { t, language } = useInspectorText();
  const steps = useStepOptions(map, node?.type, language);

  if (count > 1) {
    return (
      <section className="inspector" aria-label={t.properties}>
        <p className="inspector-count">{t.symbolsSelected(count)}</p>
      </section>
    );
  }
  if (node) {
    return (
      <section className="inspector" aria-label={t.properties}>
        <NodeForm
          key={node.id}
          nodeId={node.id}
          type={node.type}
          data={node.data as Record<string, unknown>}
          steps={steps}
          secondsPerDay={secondsPerDay}
          onChangeNodeData={onChangeNodeData}
        />
      </section>
    );
  }
  if (edge) {
    return (
      <section className="inspector" aria-label={t.properties}>
        <EdgeForm key={edge.id} edge={edge} secondsPerDay={secondsPerDay} onChangeEdge={onChangeEdge} />
      </section>
    );
  }
  return null;
}

/**
 * The process and work-cell steps a kaizen burst can point at, by name (an unnamed one by its
 * kind in the UI language) and id. Only built for symbols with a step field, and kept the same
 * array while names and ids stay the same (not on every drag).
 */
function useStepOptions(map: MapState, type: VsmNodeType | undefined, language: Language): readonly SelectOption[] {
  const wanted = type !== undefined && fieldsOf(type).some((field) => field.kind === 'nodeRef');
  const signature = wanted
    ? JSON.stringify(map.nodes.filter(isProcessNode).map((n) => [n.id, n.type, typeof n.data.name === 'string' ? n.data.name : '']))
    : '';
  return useMemo(() => {
    if (signature === '') return [];
    const steps = JSON.parse(signature) as [string, VsmNodeType, string][];
    return steps.map(([id, kind, name]) => ({
      value: id,
      label: `${name.trim() === '' ? symbolName(kind, language) : name} (${id})`,
    }));
  }, [signature, language]);
}

interface NodeFormProps {
  nodeId: string;
  type: VsmNodeType;
  data: Record<string, unknown>;
  steps: readonly SelectOption[];
  secondsPerDay: number;
  onChangeNodeData(id: string, patch: Record<string, unknown>): void;
}

const NodeForm = memo(function NodeForm({ nodeId, type, data, steps, secondsPerDay, onChangeNodeData }: NodeFormProps) {
  const idPrefix = useId();
  const { language } = useInspectorText();
  const title = textOf(data.name) || textOf(data.title);
  const commit = (key: string) => (value: unknown) => onChangeNodeData(nodeId, { [key]: value });

  return (
    <form className="inspector-form" onSubmit={(event) => event.preventDefault()} noValidate>
      <h2 className="inspector-heading">
        <span className="inspector-symbol">{symbolName(type, language)}</span>{' '}
        {title && <span className="inspector-title">{title}</span>}
      </h2>
      {fieldsOf(type).map((field) => (
        <NodeField
          key={field.key}
          id={`${idPrefix}-${field.key}`}
          type={type}
          field={field}
          data={data}
          steps={steps}
          secondsPerDay={secondsPerDay}
          onCommit={commit(field.key)}
        />
      ))}
    </form>
  );
});

interface NodeFieldProps {
  id: string;
  type: VsmNodeType;
  field: FieldSpec<FieldKey>;
  data: Record<string, unknown>;
  steps: readonly SelectOption[];
  secondsPerDay: number;
  onCommit(value: unknown): void;
}

function NodeField({ id, type, field, data, steps, secondsPerDay, onCommit }: NodeFieldProps): ReactNode {
  const value = data[field.key];
  const { t, optionNames, language } = useInspectorText();
  const f = useFormatter();
  const label = fieldLabel(field.key, language);
  switch (field.kind) {
    case 'boolean':
      // An unticked box removes the flag: absent and false mean the same in the analysis.
      return <CheckboxField id={id} label={label} checked={value === true} onCommit={(on) => onCommit(on ? true : undefined)} />;
    case 'enum':
      return (
        <SelectField
          id={id}
          label={label}
          value={textOrUndefined(value)}
          options={(field.options ?? []).map((option) => ({ value: option, label: optionNames[option] ?? option }))}
          optional
          onCommit={onCommit}
        />
      );
    case 'waste':
      return <SelectField id={id} label={label} value={textOrUndefined(value)} options={WASTE_OPTIONS[language]} optional onCommit={onCommit} />;
    case 'nodeRef': {
      const ref = textOrUndefined(value);
      // A step that was deleted stays visible by id instead of silently showing "not set".
      const options = ref === undefined || steps.some((s) => s.value === ref) ? steps : [...steps, { value: ref, label: t.missingNode(ref) }];
      return <SelectField id={id} label={label} value={ref} options={options} optional onCommit={onCommit} />;
    }
    case 'wasteTags':
      return <WastePicker id={id} label={label} value={Array.isArray(value) ? (value as string[]) : []} onCommit={onCommit} />;
    default: {
      const { hint, placeholder } = hintFor(type, field, data, t, f);
      return (
        <CommitField
          id={id}
          label={label}
          displayValue={formatFieldValue(field.kind, value)}
          storedValue={value}
          parse={(input) => parseNodeField(type, field, input, secondsPerDay)}
          onCommit={onCommit}
          hint={hint}
          placeholder={placeholder}
          suffix={field.kind === 'percent' ? '%' : undefined}
          multiline={field.kind === 'longText'}
          type={field.kind === 'url' ? 'url' : field.kind === 'date' ? 'date' : 'text'}
          inputMode={INPUT_MODES[field.kind]}
        />
      );
    }
  }
}

const wasteOptions = (language: Language): readonly SelectOption[] =>
  WASTE_IDS.map((waste) => ({ value: waste, label: WASTE_NAMES[waste][language] }));
const WASTE_OPTIONS: Record<Language, readonly SelectOption[]> = { en: wasteOptions('en'), id: wasteOptions('id') };

const INPUT_MODES: Partial<Record<FieldSpec['kind'], 'decimal' | 'numeric' | 'url'>> = {
  percent: 'decimal',
  number: 'decimal',
  count: 'numeric',
  url: 'url',
};

/**
 * The hint line and placeholder of a field: the default the analysis uses when it is empty. The
 * hint is read, so it speaks the UI language (`62 dtk`); the placeholder stands for a value the
 * field takes, so it is written as the input shows values (`62 s`).
 */
function hintFor(
  type: VsmNodeType, field: FieldSpec, data: Record<string, unknown>, t: InspectorText, f: Formatter,
): { hint?: string; placeholder?: string } {
  const isDuration = field.kind === 'seconds' || field.kind === 'days';
  const units = isDuration ? t.durationUnits : undefined;
  const withUnits = (text: string) => (units ? `${text} · ${units}` : text);
  if (type === 'process' || type === 'workcell') {
    const cycleTimeSec = numberOrUndefined(data.cycleTimeSec);
    const processingTimeSec = numberOrUndefined(data.processingTimeSec) ?? cycleTimeSec;
    switch (field.key) {
      case 'uptimePct':
        return { hint: t.defaultIs(f.percent(100)), placeholder: '100' };
      case 'operators':
      case 'machines':
        return { hint: t.defaultIs(f.count(1)), placeholder: '1' };
      case 'processingTimeSec':
        return cycleTimeSec === undefined
          ? { hint: withUnits(t.defaultIs('C/T')) }
          : { hint: withUnits(t.defaultIs(`C/T (${f.time(cycleTimeSec)})`)), placeholder: formatDuration(cycleTimeSec, 'sec') };
      case 'valueAddedSec':
        return processingTimeSec === undefined
          ? { hint: withUnits(t.defaultIs(t.processingTime)) }
          : {
              hint: withUnits(t.defaultIs(`${t.processingTime} (${f.time(processingTimeSec)})`)),
              placeholder: formatDuration(processingTimeSec, 'sec'),
            };
    }
  }
  return units ? { hint: units } : {};
}

interface EdgeFormProps {
  edge: VsmEdge;
  secondsPerDay: number;
  onChangeEdge(id: string, change: EdgeChange): void;
}

const edgeTypeOptions = (language: Language): readonly SelectOption[] =>
  EDGE_SYMBOLS.map((s) => ({ value: s.type, label: arrowName(s.type, language) }));
const EDGE_TYPE_OPTIONS: Record<Language, readonly SelectOption[]> = { en: edgeTypeOptions('en'), id: edgeTypeOptions('id') };

const EdgeForm = memo(function EdgeForm({ edge, secondsPerDay, onChangeEdge }: EdgeFormProps) {
  const idPrefix = useId();
  const { t, language } = useInspectorText();
  const data = (edge.data ?? {}) as Record<string, unknown>;
  const label = textOf(data.label);
  const changeData = (key: string) => (value: unknown) => onChangeEdge(edge.id, { data: { [key]: value } });
  // Transit time only counts on shipment arrows; other arrows keep a stored value but do not show it.
  const fields = EDGE_FIELDS.filter((field) => field.key !== 'transitDays' || edge.type === 'shipment');

  return (
    <form className="inspector-form" onSubmit={(event) => event.preventDefault()} noValidate>
      <h2 className="inspector-heading">
        <span className="inspector-symbol">{arrowName(edge.type, language) ?? t.arrow}</span>{' '}
        {label && <span className="inspector-title">{label}</span>}
      </h2>
      <SelectField
        id={`${idPrefix}-type`}
        label={t.arrowType}
        value={edge.type}
        options={EDGE_TYPE_OPTIONS[language]}
        onCommit={(type) => {
          if (type !== undefined && type !== edge.type) onChangeEdge(edge.id, { type: type as VsmEdgeType });
        }}
      />
      {fields.map((field) => {
        const id = `${idPrefix}-${field.key}`;
        const value = data[field.key];
        if (field.kind === 'boolean') {
          return (
            <CheckboxField
              key={field.key}
              id={id}
              label={fieldLabel(field.key, language)}
              checked={value === true}
              onCommit={(on) => changeData(field.key)(on ? true : undefined)}
            />
          );
        }
        const isDuration = field.kind === 'days' || field.kind === 'seconds';
        return (
          <CommitField
            key={field.key}
            id={id}
            label={fieldLabel(field.key, language)}
            displayValue={formatFieldValue(field.kind, value)}
            storedValue={value}
            parse={(input) => parseEdgeField(field, input, secondsPerDay)}
            onCommit={changeData(field.key)}
            hint={isDuration ? t.durationUnits : undefined}
            inputMode={INPUT_MODES[field.kind]}
          />
        );
      })}
    </form>
  );
});

function textOf(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}
function textOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
function numberOrUndefined(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
