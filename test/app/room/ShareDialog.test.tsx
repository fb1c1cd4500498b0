import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { create } from 'qrcode';
import { RoomContext, type RoomInfo } from '../../../src/app/room/RoomContext';
import { ShareRoomButton } from '../../../src/app/room/ShareDialog';
import { aRoom, leaveAllRooms } from './roomFixture';

function renderButton(room: RoomInfo | null) {
  return render(<RoomContext.Provider value={room}><ShareRoomButton /></RoomContext.Provider>);
}

/** The dark modules an SVG path of unit squares (`M{col} {row}h1v1h-1z`) draws. */
function darkModules(svg: Element): Set<string> {
  const d = svg.querySelector('path')!.getAttribute('d')!;
  return new Set([...d.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map((m) => `${m[2]},${m[1]}`));
}

afterEach(() => {
  cleanup();
  leaveAllRooms();
  vi.unstubAllGlobals();
});

describe('sharing a room', () => {
  it('shows the edit and the watch link, each with its QR code, and the network addresses as text', () => {
    const room = aRoom({ addresses: ['http://192.168.1.20:4321', 'http://10.0.0.5:4321', '<b>not html</b>'] });
    renderButton(room);
    fireEvent.click(screen.getByRole('button', { name: 'Share room' }));
    const dialog = screen.getByRole('dialog', { name: 'Share this room' });

    expect(within(dialog).getByRole('textbox', { name: 'Link to edit' })).toHaveValue(room.links!.edit);
    expect(within(dialog).getByRole('textbox', { name: 'Link to watch (read-only)' })).toHaveValue(room.links!.view);

    // Each code holds its own link: its modules are the ones the QR library makes for that text.
    for (const [name, link] of [['QR code: Link to edit', room.links!.edit], ['QR code: Link to watch (read-only)', room.links!.view]] as const) {
      const svg = within(dialog).getByRole('img', { name });
      const { modules } = create(link, { errorCorrectionLevel: 'M' });
      const expected = new Set<string>();
      for (let row = 0; row < modules.size; row += 1) for (let col = 0; col < modules.size; col += 1) if (modules.get(row, col)) expected.add(`${row},${col}`);
      expect(darkModules(svg)).toEqual(expected);
      expect(svg.getAttribute('viewBox')).toBe(`-4 -4 ${modules.size + 8} ${modules.size + 8}`); // with the quiet zone
    }

    const addresses = within(dialog).getByRole('region', { name: 'This computer on the network' });
    expect(within(addresses).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['http://192.168.1.20:4321', 'http://10.0.0.5:4321', '<b>not html</b>']);
    expect(addresses.querySelector('b')).toBeNull();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('copies a link with the Clipboard API where the page may use it', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    vi.stubGlobal('isSecureContext', true);
    const room = aRoom();
    renderButton(room);
    fireEvent.click(screen.getByRole('button', { name: 'Share room' }));
    fireEvent.click(screen.getByRole('button', { name: 'Copy the link to watch (read-only)' }));
    expect(writeText).toHaveBeenCalledWith(room.links!.view);
    await waitFor(() => expect(screen.getAllByRole('status').map((s) => s.textContent)).toEqual(['', 'Copied']));
  });

  it('on a LAN address over http (no Clipboard API) selects the link and copies it, or says to press Ctrl+C', async () => {
    vi.stubGlobal('isSecureContext', false);
    const execCommand = vi.fn().mockReturnValue(false);
    document.execCommand = execCommand;
    const room = aRoom();
    renderButton(room);
    fireEvent.click(screen.getByRole('button', { name: 'Share room' }));
    fireEvent.click(screen.getByRole('button', { name: 'Copy the link to edit' }));
    expect(execCommand).toHaveBeenCalledWith('copy');
    const field = screen.getByRole('textbox', { name: 'Link to edit' }) as HTMLInputElement;
    expect(field).toHaveFocus();
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, room.links!.edit.length]);
    await waitFor(() => expect(screen.getAllByRole('status')[0]).toHaveTextContent('Press Ctrl+C to copy the selected link.'));
  });

  it('is not there when working alone, nor for an observer (who has no links)', () => {
    const alone = renderButton(null);
    expect(alone.container).toBeEmptyDOMElement();
    alone.unmount();
    const observer = renderButton(aRoom({ readOnly: true, links: null }));
    expect(observer.container).toBeEmptyDOMElement();
  });
});
