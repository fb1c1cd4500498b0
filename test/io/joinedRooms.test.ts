import { forgetRoom, joinedRooms, MAX_JOINED_ROOMS, rememberRoom } from '../../src/io/joinedRooms';

describe('the rooms this browser has joined', () => {
  beforeEach(() => localStorage.clear());

  it('keeps the newest first, one entry a room, with what was last seen of it', () => {
    rememberRoom({ room: 'a', title: 'Line 1', visitedAt: 1 });
    rememberRoom({ room: 'b', title: 'Line 2', visitedAt: 2 });
    rememberRoom({ room: 'a', title: 'Line 1, renamed', product: 'Bracket', visitedAt: 3 });
    expect(joinedRooms()).toEqual([
      { room: 'a', title: 'Line 1, renamed', product: 'Bracket', visitedAt: 3 },
      { room: 'b', title: 'Line 2', visitedAt: 2 },
    ]);
    forgetRoom('a');
    expect(joinedRooms().map((r) => r.room)).toEqual(['b']);
  });

  it('keeps the 50 newest, and reads a damaged list as empty', () => {
    for (let k = 0; k < MAX_JOINED_ROOMS + 5; k++) rememberRoom({ room: `r${k}`, title: '', visitedAt: k });
    const rooms = joinedRooms();
    expect(rooms).toHaveLength(50);
    expect(rooms[0]!.room).toBe('r54');
    expect(rooms.at(-1)!.room).toBe('r5');
    localStorage.setItem('arus:rooms', '{not json');
    expect(joinedRooms()).toEqual([]);
    localStorage.setItem('arus:rooms', JSON.stringify([{ room: 'ok', title: 'T', visitedAt: 1 }, { room: 5 }, null]));
    expect(joinedRooms().map((r) => r.room)).toEqual(['ok']);
  });
});
