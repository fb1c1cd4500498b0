import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../src/app/App';
import { LANGUAGE_STORAGE_KEY, initialLanguage, languageFromTag } from '../../src/i18n';
import { createEditorStore } from '../../src/store';
import { aCustomer, aDocument, aLine, aProcess, anInventory, aSupplier } from '../fixtures/builders';

// Supplier → I (1,840 units) → Cut (C/T 30 s) → Customer (920 a day): takt 60 s.
function sampleStore() {
  return createEditorStore(aDocument({
    title: 'Bracket line',
    current: aLine(aSupplier({}, { id: 's' }), anInventory({ quantity: 1840 }, { id: 'i' }), aProcess({ name: 'Cut', cycleTimeSec: 30 }, { id: 'p' }), aCustomer({ demandPerDay: 920 }, { id: 'c' })),
  }));
}

const languageGroup = () => screen.getByRole('group', { name: /^(Language|Bahasa)$/ });
const processOnCanvas = () => document.querySelector('.react-flow__node [aria-label^="Pro"]');

afterEach(() => {
  localStorage.clear();
  document.documentElement.lang = 'en';
});

describe('the UI language', () => {
  it('is English by default, and EN | ID switches the shell, panels and canvas to Indonesian and back', () => {
    const store = sampleStore();
    render(<App store={store} />);
    expect(languageGroup()).toHaveAccessibleName('Language');
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Undo' })).toBeInTheDocument();

    fireEvent.click(within(languageGroup()).getByRole('button', { name: 'Bahasa Indonesia' }));

    // Toolbar, with <html lang> following.
    expect(languageGroup()).toHaveAccessibleName('Bahasa');
    expect(screen.getByRole('button', { name: 'Bahasa Indonesia' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Urungkan' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ulangi' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Simpan JSON' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
    expect(document.documentElement.lang).toBe('id');
    // Palette: domain names of the symbols, group titles.
    const palette = screen.getByRole('navigation', { name: 'Simbol' });
    expect(within(palette).getByRole('button', { name: 'Tambah Pemasok' })).toHaveTextContent('Pemasok');
    expect(within(palette).getByRole('button', { name: 'Tambah Proses' })).toBeInTheDocument();
    expect(within(palette).getByRole('heading', { name: 'Aliran material' })).toBeInTheDocument();
    // Canvas: the symbols speak Indonesian too, and React Flow's own words (the builder names the supplier "Supplier").
    expect(processOnCanvas()?.getAttribute('aria-label')).toMatch(/^Proses/);
    expect(document.querySelector('.react-flow__node')).toHaveAttribute('aria-roledescription', 'simbol');
    expect(document.querySelector('.react-flow__edge')).toHaveAttribute('aria-label', 'Panah dorong dari Supplier ke Persediaan');
    expect(screen.getByRole('button', { name: 'Perbesar' })).toHaveAttribute('title', 'Perbesar');
    expect(document.title).toBe('Arus — pemetaan aliran nilai');
    // Tabs and a metric.
    expect(screen.getByRole('tab', { name: 'Properti' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('tab', { name: 'Metrik' }));
    expect(screen.getByRole('tab', { name: 'Pemborosan' })).toBeInTheDocument();
    const leadTime = document.querySelector('[data-metric="leadTimeDays"]')!;
    expect(within(leadTime as HTMLElement).getByText('Lead time produksi')).toBeInTheDocument();
    // Inspector of the process: the field label from fields.ts.
    fireEvent.click(screen.getByRole('tab', { name: 'Properti' }));
    act(() => store.getState().setSelection({ nodeIds: ['p'], edgeIds: [] }));
    expect(within(screen.getByRole('tabpanel')).getByLabelText('Waktu siklus')).toHaveValue('30 s');

    // Back to English: everything returns.
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('button', { name: 'Undo' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add Supplier' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Metrics' })).toBeInTheDocument();
    expect(within(screen.getByRole('tabpanel')).getByLabelText('Cycle time')).toHaveValue('30 s');
    expect(processOnCanvas()?.getAttribute('aria-label')).toMatch(/^Process\b/);
    expect(document.documentElement.lang).toBe('en');
  });

  it('remembers the choice in localStorage and starts in it next time', () => {
    const first = render(<App store={sampleStore()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Bahasa Indonesia' }));
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('id');
    first.unmount();
    cleanup();

    render(<App store={sampleStore()} />);
    expect(screen.getByRole('button', { name: 'Urungkan' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Properti' })).toBeInTheDocument();
    expect(screen.getByText('Pengaturan peta', { selector: '.inspector-symbol' })).toBeInTheDocument();
  });

  it('names the eight wastes and the load chart in Indonesian', () => {
    render(<App store={sampleStore()} language="id" />);
    fireEvent.click(screen.getByRole('tab', { name: 'Pemborosan' }));
    const panel = screen.getByRole('tabpanel');
    expect(within(panel).getByRole('heading', { name: 'Delapan pemborosan' })).toBeInTheDocument();
    expect(within(panel).getByRole('heading', { name: 'Cacat' })).toBeInTheDocument();
    expect(within(panel).queryByRole('heading', { name: 'Defects' })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('tab', { name: 'Metrik' }));
    // Cut at 30 s against takt 60 s: load 50 %, within takt.
    expect(within(screen.getByRole('tabpanel')).getByText('Semua langkah dapat memenuhi takt.')).toBeInTheDocument();
  });

  it('shows the help dialog with Indonesian shortcut descriptions', () => {
    HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) { this.open = true; };
    HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) { this.open = false; };
    render(<App store={sampleStore()} language="id" />);
    fireEvent.click(screen.getByRole('button', { name: 'Pintasan papan ketik' }));
    const dialog = screen.getByRole('dialog', { name: 'Pintasan papan ketik', hidden: true });
    expect(within(dialog).getByRole('heading', { name: 'Pintasan papan ketik' })).toBeInTheDocument();
    expect(within(dialog).getByText('Gandakan pilihan')).toBeInTheDocument();
    expect(within(dialog).queryByText('Duplicate the selection')).not.toBeInTheDocument();
  });
});

describe('the starting language', () => {
  it('follows the browser: any id tag is Indonesian, everything else English', () => {
    expect(languageFromTag('id')).toBe('id');
    expect(languageFromTag('id-ID')).toBe('id');
    expect(languageFromTag('ID')).toBe('id');
    expect(languageFromTag('en-US')).toBe('en');
    // "idx" is no language tag for Indonesian; only "id" or "id-…" count.
    expect(languageFromTag('idx')).toBe('en');
    expect(languageFromTag('ms-MY')).toBe('en');
    expect(languageFromTag(undefined)).toBe('en');
  });

  it('prefers a remembered choice and ignores a damaged one', () => {
    // jsdom's navigator.language is en-US.
    expect(initialLanguage()).toBe('en');
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'id');
    expect(initialLanguage()).toBe('id');
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr');
    expect(initialLanguage()).toBe('en');
  });
});
