import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { MAX_PERSON_NAME_CHARS, PERSON_COLOURS, cleanName, type Person } from '../../collab/presence';
import { colourName, useRoomText } from './strings';
import { useModalDialog } from './useModalDialog';

export interface JoinDialogProps {
  open: boolean;
  /** The name and colour to start from: the person's own when editing, else a suggested colour. */
  initial: { name: string; colour: string };
  /** First join ("Join") or a later change ("Save"). */
  mode: 'join' | 'edit';
  onDone(person: Person): void;
  onCancel(): void;
}

/** Asks for the name and colour the others see. A name is required; the colour is one of the palette. */
export function JoinDialog({ open, initial, mode, onDone, onCancel }: JoinDialogProps) {
  const text = useRoomText().join;
  const all = useRoomText();
  const ids = useId();
  const [name, setName] = useState(initial.name);
  const [colour, setColour] = useState(initial.colour);
  const [missing, setMissing] = useState(false);
  const nameInput = useRef<HTMLInputElement>(null);
  const ref = useModalDialog(open, nameInput);

  // Each opening starts from the person as they are now.
  useEffect(() => {
    if (!open) return;
    setName(initial.name);
    setColour(initial.colour);
    setMissing(false);
  }, [open, initial.name, initial.colour]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const cleaned = cleanName(name);
    if (cleaned === '') {
      setMissing(true);
      nameInput.current?.focus();
      return;
    }
    onDone({ name: cleaned, colour });
  };

  const shown = cleanName(name);
  return (
    <dialog
      ref={ref}
      className="room-dialog join-dialog"
      aria-labelledby={`${ids}-title`}
      aria-describedby={`${ids}-intro`}
      // Escape closes it; the person then stays unnamed until they choose a name from the bar.
      onCancel={(event) => { event.preventDefault(); onCancel(); }}
    >
      <form onSubmit={onSubmit} noValidate>
        <h2 id={`${ids}-title`}>{mode === 'join' ? text.title : text.editTitle}</h2>
        <p id={`${ids}-intro`}>{text.intro}</p>
        <label className="field" htmlFor={`${ids}-name`}>{text.name}</label>
        <input
          ref={nameInput}
          id={`${ids}-name`}
          type="text"
          autoComplete="nickname"
          maxLength={MAX_PERSON_NAME_CHARS}
          value={name}
          aria-invalid={missing}
          aria-describedby={missing ? `${ids}-missing` : undefined}
          onChange={(event) => { setName(event.target.value); setMissing(false); }}
        />
        {missing ? <p id={`${ids}-missing`} className="field-error" role="alert">{text.nameMissing}</p> : null}
        <fieldset className="colour-choice">
          <legend>{text.colour}</legend>
          {PERSON_COLOURS.map((option) => (
            <label key={option} className="swatch" title={colourName(all, option)}>
              <input type="radio" name={`${ids}-colour`} value={option} checked={colour === option} onChange={() => setColour(option)} />
              <span className="swatch-colour" style={{ background: option }} aria-hidden="true" />
              <span className="visually-hidden">{colourName(all, option)}</span>
            </label>
          ))}
        </fieldset>
        {shown !== '' ? (
          <p className="join-preview">
            {text.preview} <span className="person-tag" style={{ background: colour }}>{shown}</span>
          </p>
        ) : null}
        <div className="dialog-buttons">
          <button type="button" onClick={onCancel}>{text.cancel}</button>
          <button type="submit" className="primary">{mode === 'join' ? text.join : text.save}</button>
        </div>
      </form>
    </dialog>
  );
}
