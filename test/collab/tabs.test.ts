import * as Y from 'yjs';
import { syncTabs } from '../../src/collab/tabs';
import { newRoomId, ROOM_ID_PATTERN } from '../../src/collab/room';

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('tabs of one browser', () => {
  it('a tab opened later gets what the others hold, and every edit then reaches every tab', async () => {
    const channel = `test-${Math.random()}`;
    const first = new Y.Doc();
    first.getMap('arus').set('title', 'From the first tab');
    const stopFirst = syncTabs(first, channel);
    const second = new Y.Doc();
    const stopSecond = syncTabs(second, channel);
    await settle();
    expect(second.getMap('arus').get('title')).toBe('From the first tab');

    second.getMap('arus').set('product', 'Bracket');
    first.getMap('arus').set('title', 'Renamed in the first tab');
    await settle();
    for (const doc of [first, second]) {
      expect(doc.getMap('arus').toJSON()).toEqual({ title: 'Renamed in the first tab', product: 'Bracket' });
    }
    stopFirst();
    stopSecond();
  });

  it('a closed tab neither sends nor receives', async () => {
    const channel = `test-${Math.random()}`;
    const first = new Y.Doc();
    const second = new Y.Doc();
    const stopFirst = syncTabs(first, channel);
    syncTabs(second, channel)();
    first.getMap('arus').set('title', 'After the second tab closed');
    await settle();
    expect(second.getMap('arus').get('title')).toBeUndefined();
    stopFirst();
  });
});

describe('room ids the app makes', () => {
  it('are 21 URL-safe characters, different every time', () => {
    const ids = new Set(Array.from({ length: 1000 }, newRoomId));
    expect(ids.size).toBe(1000);
    for (const id of ids) {
      expect(id).toMatch(ROOM_ID_PATTERN);
      expect(id).toHaveLength(21);
    }
  });
});
