import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { setLocalPerson } from '../../../src/collab/presence';
import { PresenceBar } from '../../../src/app/room/PresenceBar';
import { PERSON_STORAGE_KEY } from '../../../src/app/room/person';
import { RoomContext, type RoomInfo } from '../../../src/app/room/RoomContext';
import { LanguageProvider, type Language } from '../../../src/i18n';
import { aRoom, anotherPerson, leaveAllRooms } from './roomFixture';

function renderBar(room: RoomInfo, language: Language = 'en') {
  const view = render(
    <LanguageProvider initial={language}>
      <RoomContext.Provider value={room}><PresenceBar /></RoomContext.Provider>
    </LanguageProvider>,
  );
  const rerender = (next: RoomInfo) => view.rerender(
    <LanguageProvider initial={language}>
      <RoomContext.Provider value={next}><PresenceBar /></RoomContext.Provider>
    </LanguageProvider>,
  );
  return { ...view, rerender };
}

const remember = (name: string, colour: string) => localStorage.setItem(PERSON_STORAGE_KEY, JSON.stringify({ name, colour }));

afterEach(() => {
  cleanup(); // before the rooms are left, so leaving re-renders nothing
  localStorage.clear();
  leaveAllRooms();
});

describe('joining a room', () => {
  it('asks a first-time editor for a name and colour, sends them, and remembers them for the next join', () => {
    const room = aRoom();
    const first = renderBar(room);
    const dialog = screen.getByRole('dialog', { name: 'Join the room' });
    const name = within(dialog).getByLabelText('Your name');
    expect(name).toHaveFocus();

    // No name: refused, said why, nothing sent or kept.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Join' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Type a name');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(localStorage.getItem(PERSON_STORAGE_KEY)).toBeNull();

    fireEvent.change(name, { target: { value: '  Sari   Dewi ' } });
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Teal' }));
    expect(within(dialog).getByText('Sari Dewi')).toHaveStyle({ background: '#00695c' }); // the preview
    fireEvent.click(within(dialog).getByRole('button', { name: 'Join' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(PERSON_STORAGE_KEY)!)).toEqual({ name: 'Sari Dewi', colour: '#00695c' });
    expect(room.awareness.getLocalState()?.user).toEqual({ name: 'Sari Dewi', colour: '#00695c' });
    expect(screen.getByRole('button', { name: /^Sari Dewi \(you\)/ })).toBeInTheDocument();
    first.unmount();

    // The next join goes straight in with the same person.
    const again = aRoom();
    renderBar(again);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(again.awareness.getLocalState()?.user).toEqual({ name: 'Sari Dewi', colour: '#00695c' });
  });

  it('lets the person change name and colour later from the bar', () => {
    remember('Sari', '#00695c');
    const room = aRoom();
    renderBar(room);
    fireEvent.click(screen.getByRole('button', { name: /^Sari \(you\)/ }));
    const dialog = screen.getByRole('dialog', { name: 'Your name and colour' });
    expect(within(dialog).getByLabelText('Your name')).toHaveValue('Sari');
    expect(within(dialog).getByRole('radio', { name: 'Teal' })).toBeChecked();
    fireEvent.change(within(dialog).getByLabelText('Your name'), { target: { value: 'Sari D.' } });
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Purple' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(room.awareness.getLocalState()?.user).toEqual({ name: 'Sari D.', colour: '#6a1b9a' });
    expect(JSON.parse(localStorage.getItem(PERSON_STORAGE_KEY)!)).toEqual({ name: 'Sari D.', colour: '#6a1b9a' });
  });

  it('ignores a remembered person that does not read as one, and asks', () => {
    localStorage.setItem(PERSON_STORAGE_KEY, '{"name": 5}');
    renderBar(aRoom());
    expect(screen.getByRole('dialog', { name: 'Join the room' })).toBeInTheDocument();
  });

  it('does not ask an observer, whose presence reaches no editor', () => {
    renderBar(aRoom({ readOnly: true, links: null, target: { kind: 'view', token: 'AbCdEfGhIjKlMnOpQrStUv_-' } }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByText('Watching, read-only')).toBeInTheDocument();
  });
});

describe('the presence bar', () => {
  it('lists you first, then the others by name as they come and go', () => {
    remember('Sari', '#00695c');
    const room = aRoom();
    renderBar(room);
    const budi = anotherPerson(room);
    const ani = anotherPerson(room);
    act(() => {
      setLocalPerson(budi, { name: 'Budi Santoso', colour: '#c62828' });
      setLocalPerson(ani, { name: 'Ani', colour: '#3949ab' });
    });
    const people = within(screen.getByRole('list', { name: 'People in the room' })).getAllByRole('listitem');
    expect(people.map((item) => item.textContent)).toEqual(['SSari (you)', 'AAni', 'BSBudi Santoso']);
    expect(people[2]).toHaveAttribute('title', 'Budi Santoso');
    expect(within(people[2]!).getByText('BS')).toHaveStyle({ background: '#c62828' });

    act(() => budi.setLocalState(null));
    expect(screen.queryByText('Budi Santoso')).not.toBeInTheDocument();
  });

  it('counts people past the fifth, naming them in the title', () => {
    remember('Sari', '#00695c');
    const room = aRoom();
    renderBar(room);
    act(() => {
      for (const name of ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7']) setLocalPerson(anotherPerson(room), { name, colour: '#3949ab' });
    });
    const more = screen.getByText('+2 more');
    expect(more).toHaveAttribute('title', 'A6, A7');
  });

  it('shows the connection, and offline says the edits are kept and will merge', () => {
    remember('Sari', '#00695c');
    const room = aRoom({ connection: 'connecting' });
    const view = renderBar(room);
    expect(screen.getByRole('status')).toHaveTextContent('Connecting…');
    view.rerender({ ...room, connection: 'connected' });
    expect(screen.getByRole('status')).toHaveTextContent('Connected');
    view.rerender({ ...room, connection: 'offline' });
    expect(screen.getByRole('status')).toHaveTextContent('Offline: your edits are kept on this computer and will merge with the others when the connection is back.');
  });

  it('speaks Indonesian', () => {
    remember('Sari', '#00695c');
    renderBar(aRoom({ connection: 'offline' }), 'id');
    expect(screen.getByRole('status')).toHaveTextContent(/^Luring: suntingan Anda tersimpan/);
    expect(screen.getByText('Luring')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Sari \(Anda\)/ })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Orang di ruang ini' })).toBeInTheDocument();
  });
});
