import { useEffect, useLayoutEffect, useRef, useState, type HTMLAttributes, type KeyboardEvent } from 'react';
import { WASTE_IDS, type WasteId } from '../domain/types';
import { problemText, type FieldProblem, type ParsedField } from './inspector/parseField';
import { useInspectorText } from './inspector/strings';
import { WASTE_NAMES } from '../i18n/wastes';
import { useLanguage } from '../i18n';

/*
 * Form controls shared by the inspector and the settings form. Text-like fields keep a draft
 * while the person types and commit once, on Enter or on leaving the field, so one edit is one
 * undo step; selects and checkboxes commit on change, which is already one gesture.
 */

interface Message {
  /** Why the typed text was refused; rendered in the current language when shown. */
  problem: FieldProblem;
  /** The value put back when the field was left with refused text, shown first. */
  kept: string | null;
  /** True while the typed text is refused and still in the field. */
  invalid: boolean;
}

export interface CommitFieldProps {
  id: string;
  label: string;
  /** The stored value as text: shown whenever the person is not editing. */
  displayValue: string;
  /** The stored value; a parsed value equal to it is not committed (no empty undo step). */
  storedValue: unknown;
  /** Turns the typed text into the value to store (undefined removes the field) or a message. */
  parse(input: string): ParsedField;
  onCommit(value: unknown): void;
  /** One line under the field: a default, the units it takes. Replaced by a message on error. */
  hint?: string;
  placeholder?: string;
  /** A unit shown after the input, e.g. "%". */
  suffix?: string;
  /** Several lines: Enter adds a line, Ctrl+Enter or leaving the field commits. */
  multiline?: boolean;
  type?: 'text' | 'url' | 'date';
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
}

/**
 * A labelled input that commits on Enter or blur and reverts on Escape. Refused text shows an
 * inline message (`aria-invalid`, `aria-describedby`) and never reaches `onCommit`; leaving
 * the field then puts the stored value back and keeps the message, so the field never shows
 * a value the document does not hold.
 */
/**
 * Dispatched on `window` when the page is being hidden: every field commits what is typed in it.
 * The page dispatches it before it stores the last edits, so the text is among them.
 */
export const COMMIT_DRAFTS_EVENT = 'arus:commit-drafts';

interface PendingDraft {
  draft: string | null;
  displayValue: string;
  parse(input: string): ParsedField;
  onCommit(value: unknown): void;
  storedValue: unknown;
}

/** Commits a draft that parses (true when nothing is left to commit); a refused one stays for the person. */
function commitPending(pending: PendingDraft): boolean {
  if (pending.draft === null || pending.draft === pending.displayValue) return true;
  const result = pending.parse(pending.draft);
  if (!result.ok) return false;
  if (!Object.is(result.value, pending.storedValue)) pending.onCommit(result.value);
  return true;
}

export function CommitField(props: CommitFieldProps) {
  const { id, label, displayValue, storedValue, parse, onCommit, hint, placeholder, suffix, multiline, type, inputMode } = props;
  const [draft, setDraft] = useState<string | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const { t } = useInspectorText();
  const language = useLanguage();

  // A draft still open when the field goes away (the selection moved on, React Flow kept
  // the focus from moving) is committed then, so typed data is not lost.
  const latest = useRef({ draft, displayValue, parse, onCommit, storedValue });
  useLayoutEffect(() => {
    latest.current = { draft, displayValue, parse, onCommit, storedValue };
  });
  useEffect(() => () => void commitPending(latest.current), []);
  // A draft being typed when the page is hidden (another tab, the laptop closed, a reload) is
  // committed then, so it is stored with the map; the field keeps the focus.
  useEffect(() => {
    const onCommitDrafts = () => {
      if (latest.current.draft === null) return;
      if (commitPending(latest.current)) {
        latest.current.draft = null;
        setDraft(null);
      }
    };
    window.addEventListener(COMMIT_DRAFTS_EVENT, onCommitDrafts);
    return () => window.removeEventListener(COMMIT_DRAFTS_EVENT, onCommitDrafts);
  }, []);

  function commit(how: 'enter' | 'blur') {
    if (draft === null) return;
    if (draft === displayValue) {
      // Typed back to what was shown: nothing changed, even if the shown text was rounded.
      latest.current.draft = null;
      setDraft(null);
      setMessage(null);
      return;
    }
    const result = parse(draft);
    if (!result.ok) {
      if (how === 'enter') {
        setMessage({ problem: result, kept: null, invalid: true });
      } else {
        setDraft(null);
        setMessage({ problem: result, kept: displayValue, invalid: false });
      }
      return;
    }
    latest.current.draft = null;
    setDraft(null);
    setMessage(null);
    if (!Object.is(result.value, storedValue)) onCommit(result.value);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) {
    if (event.key === 'Escape' && (draft !== null || message !== null)) {
      // Only an edit in progress is reverted; otherwise Escape belongs to the app (deselect).
      event.preventDefault();
      event.stopPropagation();
      latest.current.draft = null;
      setDraft(null);
      setMessage(null);
    } else if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      commit('enter');
    }
  }

  const messageId = `${id}-message`;
  const suffixId = `${id}-suffix`;
  const invalid = message?.invalid === true;
  // What was kept comes first: a long message is cut after two lines on screen.
  const messageText = message === null
    ? undefined
    : `${message.kept === null ? '' : `${t.keptPrevious(message.kept)} `}${problemText(message.problem, language)}`;
  const shared = {
    id,
    value: draft ?? displayValue,
    placeholder,
    'aria-invalid': invalid,
    'aria-describedby': suffix ? `${suffixId} ${messageId}` : messageId,
    onChange: (event: { target: { value: string } }) => {
      setDraft(event.target.value);
      if (message && !message.invalid) setMessage(null);
    },
    onBlur: () => commit('blur'),
    onKeyDown,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="field-control">
        {multiline ? (
          <textarea {...shared} rows={3} />
        ) : (
          <input {...shared} type={type ?? 'text'} inputMode={inputMode} autoComplete="off" spellCheck={type === undefined || type === 'text'} />
        )}
        {suffix && (
          <span className="field-suffix" id={suffixId}>
            {suffix}
          </span>
        )}
      </div>
      <FieldMessage id={messageId} text={messageText ?? hint} kind={message ? (invalid ? 'error' : 'notice') : 'hint'} />
    </div>
  );
}

/** The one line under a field. Always rendered, so an error appearing moves nothing. */
export function FieldMessage({ id, text, kind }: { id: string; text: string | undefined; kind: 'hint' | 'error' | 'notice' }) {
  return (
    <p id={id} className={`field-message field-message-${kind}`} aria-live="polite" title={text}>
      {text ?? ''}
    </p>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps {
  id: string;
  label: string;
  value: string | undefined;
  options: readonly SelectOption[];
  /** Offers "not set", which removes the field (commits undefined). */
  optional?: boolean;
  onCommit(value: string | undefined): void;
}

/** A labelled select that commits on change. A stored value outside the options is still shown. */
export function SelectField({ id, label, value, options, optional, onCommit }: SelectFieldProps) {
  const { t } = useInspectorText();
  const known = value === undefined || options.some((option) => option.value === value);
  return (
    <div className="field field-compact">
      <label htmlFor={id}>{label}</label>
      <div className="field-control">
        <select id={id} value={value ?? ''} onChange={(event) => onCommit(event.target.value === '' ? undefined : event.target.value)}>
          {(optional || value === undefined) && <option value="">{t.notSet}</option>}
          {!known && <option value={value}>{value}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

export interface CheckboxFieldProps {
  id: string;
  label: string;
  checked: boolean;
  onCommit(checked: boolean): void;
}

/** A labelled checkbox that commits on change. */
export function CheckboxField({ id, label, checked, onCommit }: CheckboxFieldProps) {
  return (
    <div className="field field-compact field-checkbox">
      <input id={id} type="checkbox" checked={checked} onChange={(event) => onCommit(event.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

export interface WastePickerProps {
  id: string;
  label: string;
  value: readonly string[];
  /** The new list in DOWNTIME order; undefined when no waste is left ticked. */
  onCommit(tags: WasteId[] | undefined): void;
}

/** The eight wastes as a group of checkboxes; each tick is one change. */
export function WastePicker({ id, label, value, onCommit }: WastePickerProps) {
  const { language } = useInspectorText();
  const toggle = (waste: WasteId, on: boolean) => {
    const tags = WASTE_IDS.filter((w) => (w === waste ? on : value.includes(w)));
    onCommit(tags.length === 0 ? undefined : tags);
  };
  return (
    <fieldset className="field field-compact field-group">
      <legend>{label}</legend>
      <div className="waste-picker">
        {WASTE_IDS.map((waste) => (
          <div key={waste} className="field-checkbox">
            <input id={`${id}-${waste}`} type="checkbox" checked={value.includes(waste)} onChange={(event) => toggle(waste, event.target.checked)} />
            <label htmlFor={`${id}-${waste}`}>{WASTE_NAMES[waste][language]}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
