import { useId } from 'react';
import { MAX_LABEL_CHARS } from '../domain/fields';
import type { MapSettings } from '../domain/types';
import { parseDuration, parseNumber } from '../domain/units';
import { CommitField } from './FieldInput';
import { secondsText, type ParsedField } from './inspector/parseField';
import { useInspectorText, type InspectorText } from './inspector/strings';
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

const SECONDS_PER_CALENDAR_DAY = 86_400;
/** More than four shifts a day is almost surely a typo; the file format allows up to 24. */
const MAX_SHIFTS_PER_DAY = 4;

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
  const dayTooLong = (perDaySec: number) =>
    perDaySec > SECONDS_PER_CALENDAR_DAY
      ? T.dayTooLong(f.time(perDaySec))
      : null;

  const parseShiftTime = (input: string): ParsedField => {
    const text = input.trim();
    if (text === '') return { ok: false, message: T.required };
    const parsed = parseDuration(text, 'sec');
    if (!parsed.ok) return parsed;
    if (!(parsed.value > 0 && parsed.value <= SECONDS_PER_CALENDAR_DAY)) return { ok: false, message: T.shiftLength };
    const problem = dayTooLong(parsed.value * settings.shiftsPerDay);
    return problem ? { ok: false, message: problem } : parsed;
  };
  const parseShifts = (input: string): ParsedField => {
    const parsed = parseRequiredNumber(input, T);
    if (!parsed.ok) return parsed;
    const shifts = parsed.value;
    if (!(Number.isInteger(shifts) && shifts >= 1 && shifts <= MAX_SHIFTS_PER_DAY)) return { ok: false, message: T.shiftsRange };
    const problem = dayTooLong(settings.availableSecondsPerShift * shifts);
    return problem ? { ok: false, message: problem } : parsed;
  };
  const parseWorkingDays = (input: string): ParsedField => {
    const parsed = parseRequiredNumber(input, T);
    if (!parsed.ok) return parsed;
    // Averages such as 21.7 days (260 a year / 12) are common, so decimals are fine.
    return parsed.value >= 1 && parsed.value <= 31 ? parsed : { ok: false, message: T.daysRange };
  };

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
          parse={(input) => parseLabel(input, '', T)}
          onCommit={(value) => onChangeTitle(value as string)}
        />
        {onChangeProduct && (
          <CommitField
            id={id('product')}
            label={T.product}
            displayValue={product ?? ''}
            storedValue={product}
            parse={(input) => parseLabel(input, undefined, T)}
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

/** A one-line label: trimmed, at most MAX_LABEL_CHARS; empty gives `empty` ('' or undefined). */
function parseLabel(input: string, empty: '' | undefined, T: InspectorText): ParsedField {
  const text = input.trim();
  if (text === '') return { ok: true, value: empty };
  if ([...text].length > MAX_LABEL_CHARS) return { ok: false, message: T.tooLong(MAX_LABEL_CHARS) };
  return { ok: true, value: text };
}

function parseRequiredNumber(input: string, T: InspectorText): { ok: true; value: number } | { ok: false; message: string } {
  const text = input.trim();
  return text === '' ? { ok: false, message: T.required } : parseNumber(text);
}
