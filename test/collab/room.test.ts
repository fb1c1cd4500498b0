// @vitest-environment node
import {
  collabUrlFor, documentNameOf, isRoomId, newId, roomAddressFromSearch, roomLinks, targetOfDocumentName,
} from '../../src/collab';

describe('room addresses', () => {
  it('reads ?room= as editing and ?view= as watching; ?view= wins', () => {
    expect(roomAddressFromSearch('?room=line-3_A')).toEqual({ kind: 'edit', room: 'line-3_A' });
    const token = 'AbCdEfGhIjKlMnOpQrStUv_-';
    expect(roomAddressFromSearch(`?view=${token}`)).toEqual({ kind: 'view', token });
    expect(roomAddressFromSearch(`?room=line3&view=${token}`)).toEqual({ kind: 'view', token });
    expect(roomAddressFromSearch('')).toBeNull();
    expect(roomAddressFromSearch('?lang=id')).toBeNull();
  });

  it('refuses room ids outside letters, digits, - and _, 1 to 64 long, and malformed view tokens', () => {
    for (const bad of ['', 'a b', 'a/b', '../x', 'ä', 'view:x', 'x'.repeat(65), '<script>']) expect(isRoomId(bad)).toBe(false);
    expect(isRoomId('x'.repeat(64))).toBe(true);
    expect(roomAddressFromSearch('?room=a%20b')).toEqual({ kind: 'invalid', param: 'room', value: 'a b' });
    expect(roomAddressFromSearch('?view=short')).toEqual({ kind: 'invalid', param: 'view', value: 'short' });
  });

  it('names documents so a view token can never be taken for a room id', () => {
    const token = 'AbCdEfGhIjKlMnOpQrStUv_-';
    expect(documentNameOf({ kind: 'edit', room: 'line3' })).toBe('line3');
    expect(documentNameOf({ kind: 'view', token })).toBe(`view:${token}`);
    expect(targetOfDocumentName(`view:${token}`)).toEqual({ kind: 'view', token });
    expect(targetOfDocumentName('line3')).toEqual({ kind: 'edit', room: 'line3' });
    expect(targetOfDocumentName('view:nope')).toBeNull();
    expect(targetOfDocumentName('a/b')).toBeNull();
  });

  it('makes the sync URL and the links to share from the page origin', () => {
    expect(collabUrlFor('http://192.168.1.20:4321')).toBe('ws://192.168.1.20:4321/collab');
    expect(collabUrlFor('https://arus.example')).toBe('wss://arus.example/collab');
    expect(roomLinks('http://192.168.1.20:4321', 'line3', 'AbCdEfGhIjKlMnOpQrStUv_-')).toEqual({
      edit: 'http://192.168.1.20:4321/?room=line3',
      view: 'http://192.168.1.20:4321/?view=AbCdEfGhIjKlMnOpQrStUv_-',
    });
  });
});

describe('newId', () => {
  it('is the prefix and 12 random lowercase letters and digits, different every time', () => {
    const ids = Array.from({ length: 10_000 }, () => newId('p'));
    for (const id of ids.slice(0, 100)) expect(id).toMatch(/^p-[0-9a-z]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
