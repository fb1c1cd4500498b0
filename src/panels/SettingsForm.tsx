import { useId } from 'react';
import { MAX_LABEL_CHARS } from '../domain/limits';
import { message } from '../domain/messages';
import type { MapSettings } from '../domain/types';
import { parseDuration, parseNumber, type ParseResult } from '../domain/units';
import { validateSettingValue } from '../domain/validate';
import { CommitField } from './FieldInput';
import { secondsText, type ParsedField } from './inspector/parseField';
import { useInspectorText } from './inspector/strings';
import { useFormatter } from '../i18n';
import './inspector.css';

export interface SettingsFormProps {
  settings: MapSettings;
  title: string;
  product?: string;
  onChangeSettings(patch: Partial<MapSettings>): void;
  onChangeTitle(title: string): void;
  /** Without it the product field is not shown. Undefined removes the product. */
  onChangeProduct?(product: string | undefined): void;
}

/**
 * The map's title and the settings behind takt and lead time: available time per shift,
 * shifts per day, working days per month, and the days basis of the value-added ratio.
 * Same rules as the inspector: commit on Enter or blur, Escape reverts, refused values stay out.
 */
export function SettingsForm({ settings, title, product, onChangeSettings, onChangeTitle, onChangeProduct }: SettingsFormProps) {
  const idPrefix = useId();
  const { t: T } = useInspectorText();
  const f = useFormatter();
  const id = (key: string) => `${idPrefix}-${key}`;
  const availablePerDaySec = settings.availableSecondsPerShift * settings.shiftsPerDay;

  // The same limits as a file (`domain/limits.ts`), and the day must hold seconds per shift × shifts.
  const checked = (key: keyof MapSettings, parsed: ParseResult): ParsedField => {
    if (!parsed.ok) return parsed;
    const result = validateSettingValue(key, parsed.value, settings);
    return result.ok ? result : { ok: false, message: result.message };
  };
  const parseShiftTime = (input: string): ParsedField =>
    input.trim() === '' ? required() : checked('availableSecondsPerShift', parseDuration(input, 'sec'));
  const parseShifts = (input: string): ParsedField =>
    input.trim() === '' ? required() : checked('shiftsPerDay', parseNumber(input));
  const parseWorkingDays = (input: string): ParsedField =>
    input.trim() === '' ? required() : checked('workingDaysPerMonth', parseNumber(input));

  return (
    <section className="inspector" aria-label={T.settings}>
      <form className="inspector-form" onSubmit={(event) => event.preventDefault()} noValidate>
        <h2 className="inspector-heading">
          <span className="inspector-symbol">{T.settings}</span>
        </h2>
        <CommitField
          id={id('title')}
          label={T.mapTitle}
          displayValue={title}
          storedValue={title}
          parse={(input) => parseLabel(input, '', T.mapTitle)}
          onCommit={(value) => onChangeTitle(value as string)}
        />
        {onChangeProduct && (
          <CommitField
            id={id('product')}
            label={T.product}
            displayValue={product ?? ''}
            storedValue={product}
            parse={(input) => parseLabel(input, undefined, T.product)}
            onCommit={(value) => onChangeProduct(value as string | undefined)}
          />
        )}
        <CommitField
          id={id('available')}
          label={T.availableTime}
          displayValue={secondsText(settings.availableSecondsPerShift)}
          storedValue={settings.availableSecondsPerShift}
          parse={parseShiftTime}
          onCommit={(value) => onChangeSettings({ availableSecondsPerShift: value as number })}
          hint={T.availableTimeHint}
        />
        <CommitField
          id={id('shifts')}
          label={T.shiftsPerDay}
          displayValue={String(settings.shiftsPerDay)}
          storedValue={settings.shiftsPerDay}
          parse={parseShifts}
          onCommit={(value) => onChangeSettings({ shiftsPerDay: value as number })}
          inputMode="numeric"
        />
        <CommitField
          id={id('days')}
          label={T.workingDaysPerMonth}
          displayValue={String(settings.workingDaysPerMonth)}
          storedValue={settings.workingDaysPerMonth}
          parse={parseWorkingDays}
          onCommit={(value) => onChangeSettings({ workingDaysPerMonth: value as number })}
          inputMode="decimal"
        />
        <fieldset className="field field-compact field-group" aria-describedby={id('basis-explain')}>
          <legend>{T.daysBasis}</legend>
          <div className="field-radios">
            {(['working', 'calendar'] as const).map((basis) => (
              <div key={basis} className="field-checkbox">
                <input
                  id={id(`basis-${basis}`)}
                  type="radio"
                  name={id('basis')}
                  value={basis}
                  checked={settings.daysBasis === basis}
                  onChange={() => onChangeSettings({ daysBasis: basis })}
                />
                <label htmlFor={id(`basis-${basis}`)}>{basis === 'working' ? T.daysBasisWorking : T.daysBasisCalendar}</label>
              </div>
            ))}
          </div>
          <p id={id('basis-explain')} className="field-explain">
            {T.daysBasisExplain(settings.daysBasis, f.time(availablePerDaySec))}
          </p>
        </fieldset>
      </form>
    </section>
  );
}

const required = (): ParsedField => ({ ok: false, message: message('input.required', {}) });

/** A one-line label: trimmed, at most MAX_LABEL_CHARS; empty gives `empty` ('' or undefined). */
function parseLabel(input: string, empty: '' | undefined, field: string): ParsedField {
  const text = input.trim();
  if (text === '') return { ok: true, value: empty };
  const length = [...text].length;
  if (length > MAX_LABEL_CHARS) return { ok: false, message: message('value.tooLong', { length, limit: MAX_LABEL_CHARS }), field };
  return { ok: true, value: text };
}
