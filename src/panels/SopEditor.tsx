import { SOP_ITEM_LIMITS, SOP_TEXT_LIMITS } from '../domain/sop';
import { checkSopText } from '../domain/sopSchema';
import {
  SOP_ITEM_FIELDS, type SopDraft, type SopItemByList, type SopListKey, type SopTextKey,
} from '../domain/types';
import type { SopText } from '../i18n/sop';
import { CommitField } from './FieldInput';
import type { ParsedField } from './inspector/parseField';
import './sop.css';

/** What the editor asks of the store; each call is one command, so one undo step. */
export interface SopEditorActions {
  setText(key: SopTextKey, value: string): void;
  setItem<L extends SopListKey>(list: L, itemId: string, field: Exclude<keyof SopItemByList[L], 'id'>, value: string): void;
  /** Adds an empty line at the end; returns its id (null when the list is full). */
  add(list: SopListKey): string | null;
  remove(list: SopListKey, itemId: string): void;
  move(list: SopListKey, itemId: string, offset: -1 | 1): void;
}

export interface SopEditorProps {
  /** Prefix of element ids, unique on the page. */
  idPrefix: string;
  draft: SopDraft;
  text: SopText;
  actions: SopEditorActions;
  /** Set when the team's standards differ from the map's: offers to take them from the map. */
  onRefreshStandards?: () => void;
}

/** Text of a draft: the ends trimmed, refused beyond its limit with the domain's message. */
function textParser(limit: number, field: string): (input: string) => ParsedField {
  return (input) => {
    const value = input.trim();
    const problem = checkSopText(value, limit);
    return problem === null ? { ok: true, value } : { ok: false, message: problem, field };
  };
}

/** A safe piece of an element id from an item id (ids are the document's, any text). */
const idPart = (id: string) => id.replace(/[^\w-]/g, '_');

/** The field names of each list, in the dialog's language. */
function fieldLabel(text: SopText, list: SopListKey, field: string): string {
  if (list === 'procedure') return text.fields.text;
  if (list === 'checklist') return text.fields.check;
  return text.fields[field as keyof SopText['fields']];
}

/**
 * One SOP draft as a form: number and title, purpose and scope, then each list (roles,
 * procedure, standards, checklist, revisions) as numbered lines whose fields commit on leaving
 * them (Ctrl+Enter in a long text), with buttons to move a line, remove it and add one. Every
 * control is a labelled input or button, reachable with Tab.
 */
export function SopEditor({ idPrefix, draft, text, actions, onRefreshStandards }: SopEditorProps) {
  const textField = (key: SopTextKey, label: string, multiline: boolean) => (
    <CommitField
      id={`${idPrefix}-${key}`}
      label={label}
      displayValue={draft[key]}
      storedValue={draft[key]}
      parse={textParser(SOP_TEXT_LIMITS[key], label)}
      onCommit={(value) => actions.setText(key, value as string)}
      multiline={multiline}
    />
  );

  const list = <L extends SopListKey>(key: L) => {
    const items = draft[key] as unknown as Array<{ id: string } & Record<string, string>>;
    const fields = SOP_ITEM_FIELDS[key] as readonly string[];
    const limits = SOP_ITEM_LIMITS[key] as Record<string, number>;
    const section = text.sections[key];
    const headingId = `${idPrefix}-${key}-heading`;
    return (
      <section className={`sop-section sop-list sop-list-${key}`} aria-labelledby={headingId}>
        <h3 id={headingId}>{section}</h3>
        {key === 'standards' && onRefreshStandards && (
          <div className="sop-draft-note sop-stale" role="note">
            <p>{text.dialog.standardsChanged}</p>
            <button type="button" onClick={onRefreshStandards}>{text.dialog.refreshStandards}</button>
          </div>
        )}
        <ol className="sop-lines">
          {items.map((item, index) => (
            <li key={item.id} className="sop-line" data-testid={`sop-${key}-${index + 1}`}>
              <span className="sop-line-number" aria-hidden="true">{index + 1}</span>
              <div className={`sop-line-fields sop-fields-${fields.length}`}>
                {fields.map((field) => {
                  const label = `${fieldLabel(text, key, field)} ${index + 1}`;
                  const long = limits[field]! > 200;
                  return (
                      <CommitField
                        key={field}
                        id={`${idPrefix}-${key}-${idPart(item.id)}-${field}`}
                        label={label}
                        displayValue={item[field] ?? ''}
                        storedValue={item[field] ?? ''}
                        parse={textParser(limits[field]!, label)}
                        onCommit={(value) => actions.setItem(key, item.id, field as Exclude<keyof SopItemByList[L], 'id'>, value as string)}
                        multiline={long}
                      />
                  );
                })}
              </div>
              <div className="sop-line-buttons">
                <button type="button" onClick={() => actions.move(key, item.id, -1)} disabled={index === 0} aria-label={`${text.dialog.moveUp} ${index + 1}`} title={text.dialog.moveUp}>↑</button>
                <button type="button" onClick={() => actions.move(key, item.id, 1)} disabled={index === items.length - 1} aria-label={`${text.dialog.moveDown} ${index + 1}`} title={text.dialog.moveDown}>↓</button>
                <button type="button" onClick={() => actions.remove(key, item.id)} aria-label={text.dialog.removeTitle(index + 1)} title={text.dialog.removeTitle(index + 1)}>✕</button>
              </div>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="sop-add"
          title={text.dialog.addTitle(section)}
          aria-label={text.dialog.addTitle(section)}
          onClick={() => {
            const id = actions.add(key);
            if (id === null) return;
            // After the new line has rendered: its first field, ready for typing.
            requestAnimationFrame(() => document.getElementById(`${idPrefix}-${key}-${idPart(id)}-${fields[0]}`)?.focus());
          }}
        >
          + {text.dialog.add}
        </button>
      </section>
    );
  };

  return (
    <div className="sop-editor">
      <div className="sop-head">
        {textField('number', text.fields.number, false)}
        {textField('title', text.fields.title, false)}
      </div>
      <section className="sop-section">{textField('purpose', text.sections.purpose, true)}</section>
      <section className="sop-section">{textField('scope', text.sections.scope, true)}</section>
      {list('roles')}
      {list('procedure')}
      {list('standards')}
      {list('checklist')}
      {list('revisions')}
    </div>
  );
}
