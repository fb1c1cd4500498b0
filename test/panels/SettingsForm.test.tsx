import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { COMMIT_DRAFTS_EVENT } from '../../src/panels/FieldInput';
import { SettingsForm } from '../../src/panels/SettingsForm';
import type { MapSettings } from '../../src/domain/types';

function renderSettings(settings: Partial<MapSettings> = {}, withProduct = true) {
  const spies = { onChangeSettings: vi.fn(), onChangeTitle: vi.fn(), onChangeProduct: vi.fn() };
  const full: MapSettings = { availableSecondsPerShift: 28_800, shiftsPerDay: 2, workingDaysPerMonth: 20, daysBasis: 'working', ...settings };
  render(
    <SettingsForm
      settings={full}
      title="Steering bracket"
      product="Bracket L/R"
      onChangeSettings={spies.onChangeSettings}
      onChangeTitle={spies.onChangeTitle}
      onChangeProduct={withProduct ? spies.onChangeProduct : undefined}
    />,
  );
  return { ...spies, user: userEvent.setup() };
}

describe('SettingsForm', () => {
  it('commits a field still being typed when the page is hidden, and keeps the focus there', async () => {
    const { user, onChangeTitle, onChangeSettings } = renderSettings();
    const title = screen.getByLabelText('Map title');
    await user.clear(title);
    await user.type(title, 'Line 3');
    const shifts = screen.getByLabelText('Shifts per day');
    expect(onChangeTitle).not.toHaveBeenCalled();
    window.dispatchEvent(new Event(COMMIT_DRAFTS_EVENT));
    expect(onChangeTitle).toHaveBeenCalledTimes(1);
    expect(onChangeTitle).toHaveBeenCalledWith('Line 3');
    expect(title).toHaveFocus();
    // Hidden again, nothing more is committed; an untouched field commits nothing.
    window.dispatchEvent(new Event(COMMIT_DRAFTS_EVENT));
    expect(onChangeTitle).toHaveBeenCalledTimes(1);
    expect(onChangeSettings).not.toHaveBeenCalled();
    expect(shifts).toHaveValue('2');
  });

  it('shows the stored settings', () => {
    renderSettings({ availableSecondsPerShift: 27_600 });
    expect(screen.getByLabelText('Map title')).toHaveValue('Steering bracket');
    expect(screen.getByLabelText('Product family')).toHaveValue('Bracket L/R');
    // 27,600 s shown exactly, not rounded to 7.7 h.
    expect(screen.getByLabelText('Available time per shift')).toHaveValue('7 h 40 min');
    expect(screen.getByLabelText('Shifts per day')).toHaveValue('2');
    expect(screen.getByLabelText('Working days per month')).toHaveValue('20');
    expect(screen.getByLabelText('Working days')).toBeChecked();
  });

  it('turns "7 h 40 min" into 27,600 s a shift', async () => {
    const { user, onChangeSettings } = renderSettings();
    const available = screen.getByLabelText('Available time per shift');
    expect(available).toHaveValue('8 h');
    await user.clear(available);
    await user.type(available, '7 h 40 min{Enter}');
    // 7 × 3,600 + 40 × 60 = 25,200 + 2,400 = 27,600 s.
    expect(onChangeSettings).toHaveBeenCalledTimes(1);
    expect(onChangeSettings).toHaveBeenCalledWith({ availableSecondsPerShift: 27_600 });
  });

  it('refuses an empty or zero shift time, and one that makes a day longer than 24 h', async () => {
    const { user, onChangeSettings } = renderSettings({ shiftsPerDay: 3 });
    const available = screen.getByLabelText('Available time per shift');
    await user.clear(available);
    await user.keyboard('{Enter}');
    expect(available).toHaveAccessibleDescription('Enter a value.');
    await user.type(available, '0{Enter}');
    expect(available).toHaveAttribute('aria-invalid', 'true');
    expect(available).toHaveAccessibleDescription('Must be an available time per shift above 0\u00a0s, got 0.');
    await user.clear(available);
    // 9 h × 3 shifts = 27 h a day.
    await user.type(available, '9 h{Enter}');
    expect(available).toHaveAccessibleDescription('Available time per day is 27\u00a0h (time per shift × shifts); a day has only 24\u00a0h.');
    expect(onChangeSettings).not.toHaveBeenCalled();
  });

  it('takes shifts 1 to 4 as whole numbers', async () => {
    const { user, onChangeSettings } = renderSettings();
    const shifts = screen.getByLabelText('Shifts per day');
    for (const bad of ['5', '0', '1.5', 'two']) {
      await user.clear(shifts);
      await user.type(shifts, `${bad}{Enter}`);
      expect(shifts).toHaveAttribute('aria-invalid', 'true');
    }
    expect(onChangeSettings).not.toHaveBeenCalled();
    await user.clear(shifts);
    await user.type(shifts, '3{Enter}');
    // 8 h × 3 = 24 h: just fits in a day.
    expect(onChangeSettings).toHaveBeenCalledWith({ shiftsPerDay: 3 });
  });

  it('takes working days 1 to 31, decimals allowed', async () => {
    const { user, onChangeSettings } = renderSettings();
    const days = screen.getByLabelText('Working days per month');
    for (const bad of ['0', '32', '-20']) {
      await user.clear(days);
      await user.type(days, `${bad}{Enter}`);
      expect(days).toHaveAttribute('aria-invalid', 'true');
    }
    expect(onChangeSettings).not.toHaveBeenCalled();
    await user.clear(days);
    await user.type(days, '21.5{Enter}');
    expect(onChangeSettings).toHaveBeenCalledWith({ workingDaysPerMonth: 21.5 });
  });

  it('switches the days basis and explains it', async () => {
    const { user, onChangeSettings } = renderSettings();
    // Working basis: 8 h × 2 shifts = 16 h a day.
    expect(screen.getByRole('group', { name: 'Days basis' })).toHaveAccessibleDescription(/16\sh/);
    await user.click(screen.getByLabelText('Calendar days'));
    expect(onChangeSettings).toHaveBeenCalledWith({ daysBasis: 'calendar' });
  });

  it('commits the title on blur and the product, emptied, as undefined', async () => {
    const { user, onChangeTitle, onChangeProduct } = renderSettings();
    const title = screen.getByLabelText('Map title');
    await user.clear(title);
    await user.type(title, 'Bracket, future state');
    await user.tab();
    expect(onChangeTitle).toHaveBeenCalledWith('Bracket, future state');
    await user.clear(screen.getByLabelText('Product family'));
    await user.tab();
    expect(onChangeProduct).toHaveBeenCalledWith(undefined);
  });

  it('has no product field without onChangeProduct', () => {
    renderSettings({}, false);
    expect(screen.queryByLabelText('Product family')).toBeNull();
  });
});
