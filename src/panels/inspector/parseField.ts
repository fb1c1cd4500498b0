import { formatDuration, parseDuration, parseNumber } from '../../domain/units';
import { validateEdgeFieldValue, validateFieldValue } from '../../domain/validate';
import type { FieldKey, FieldKind, FieldSpec } from '../../domain/fields';
import type { Message } from '../../domain/messages';

import type { VsmNodeType } from '../../domain/types';
import type { Language } from '../../i18n';
import { renderMessage } from '../../i18n/domain';
import { FIELD_LABELS, type LocalName } from '../../i18n/symbols';

/**
 * Why typed text was refused: a domain message, and the field's name when the message is about
 * its value ("Uptime must be a percentage of at most 100%, got 150").
 */
export interface FieldProblem {
  message: Message;
  /** The field's name in both languages, or already in the reader's language. */
  field?: LocalName | string;
}

/** What a field's draft text turns into: a value for the document (undefined removes the field) or a problem. */
export type ParsedField = { ok: true; value: unknown } | ({ ok: false } & FieldProblem);

/** Turns typed text into a raw value of the field's kind, before the catalog's range checks. */
export function parseFieldText(kind: FieldKind, input: string, secondsPerDay: number): ParsedField {
  // Text keeps its inner line breaks; only the ends are trimmed.
  const text = input.trim();
  if (text === '') return { ok: true, value: undefined };
  switch (kind) {
    case 'seconds':
      return parseDuration(text, 'sec', secondsPerDay);
    case 'days':
      return parseDuration(text, 'days', secondsPerDay);
    case 'percent':
      // "85 %" and "85" mean the same in a percent field.
      return parseNumber(text.replace(/\s*%$/, ''));
    case 'count':
    case 'number':
      return parseNumber(text);
    default:
      return { ok: true, value: text };
  }
}

/**
 * Parses and validates a node field's draft text. Empty text removes the field (value undefined);
 * anything else must pass the catalog's validation (`validateFieldValue`).
 */
export function parseNodeField(type: VsmNodeType, field: FieldSpec<FieldKey>, input: string, secondsPerDay: number): ParsedField {
  const parsed = parseFieldText(field.kind, input, secondsPerDay);
  if (!parsed.ok || parsed.value === undefined) return parsed;
  const checked = validateFieldValue(type, field.key, parsed.value);
  return checked.ok ? checked : { ok: false, message: checked.message, field: FIELD_LABELS[field.key] };
}

/** Parses and validates an edge data field's draft text (edge fields are not per node type). */
export function parseEdgeField(field: FieldSpec<FieldKey>, input: string, secondsPerDay: number): ParsedField {
  const parsed = parseFieldText(field.kind, input, secondsPerDay);
  if (!parsed.ok || parsed.value === undefined) return parsed;
  const checked = validateEdgeFieldValue(field.key, parsed.value);
  return checked.ok ? checked : { ok: false, message: checked.message, field: FIELD_LABELS[field.key] };
}

/** The problem as the field shows it, in `language`: a sentence, with the field's name in front when it has one. */
export function problemText(problem: FieldProblem, language: Language): string {
  const text = renderMessage(problem.message, language);
  if (problem.field === undefined) return sentence(text);
  return sentence(`${typeof problem.field === 'string' ? problem.field : problem.field[language]} ${text}`);
}

/** Messages about one value are predicates ("must be 0 to 100, got 150"); the UI shows sentences. */
export function sentence(message: string, capitalize = true): string {
  const text = capitalize ? message.charAt(0).toUpperCase() + message.slice(1) : message;
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** The stored value as the person should see it in an input: durations in friendly units. */
export function formatFieldValue(kind: FieldKind, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' && Number.isFinite(value)) {
    if (kind === 'seconds') return secondsText(value);
    if (kind === 'days') return formatDuration(value, 'days');
    return String(value);
  }
  // A value of an unexpected type is shown as is rather than hidden.
  return typeof value === 'string' ? value : String(value);
}

/**
 * Seconds as an input shows them: the friendly `formatDuration` text when it reads back as the
 * same value (`90` → `1.5 min`), else exact parts (`27600` → `7 h 40 min`, not `7.7 h`), so
 * editing a field never starts from a rounded number.
 */
export function secondsText(valueSec: number): string {
  const friendly = formatDuration(valueSec, 'sec');
  const back = parseDuration(friendly, 'sec');
  if ((back.ok && back.value === valueSec) || valueSec < 0) return friendly;
  const hours = Math.floor(valueSec / 3_600);
  const minutes = Math.floor((valueSec - hours * 3_600) / 60);
  const seconds = Number((valueSec - hours * 3_600 - minutes * 60).toPrecision(12));
  const parts = [hours > 0 ? `${hours} h` : '', minutes > 0 ? `${minutes} min` : '', seconds > 0 ? `${seconds} s` : ''];
  return parts.filter((part) => part !== '').join(' ') || friendly;
}
