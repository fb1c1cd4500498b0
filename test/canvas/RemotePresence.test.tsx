import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { App } from '../../src/app/App';
import { PERSON_STORAGE_KEY } from '../../src/app/room/person';
import { RoomContext, type RoomInfo } from '../../src/app/room/RoomContext';
import { readOthers, setLocalMap, setLocalPerson, setLocalPointer, setLocalSelection } from '../../src/collab/presence';
import { aRoom, anotherPerson, leaveAllRooms } from '../app/room/roomFixture';
import { lineStore } from '../store/storeFixture';

function renderApp(room: RoomInfo | null) {
  localStorage.setItem(PERSON_STORAGE_KEY, JSON.stringify({ name: 'Sari', colour: '#00695c' }));
  const store = lineStore();
  const view = render(<RoomContext.Provider value={room}><App store={store} language="en" /></RoomContext.Provider>);
  return { store, view };
}

const outlineOf = (nodeId: string) => document.querySelector<HTMLElement>(`.remote-selection[data-node-id="${nodeId}"]`);
/** translate(x, y) and scale(s) of the map as React Flow draws it. */
function viewport(): { x: number; y: number; zoom: number } {
  const transform = document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform;
  const [, x, y, zoom] = transform.match(/translate\(([-\d.]+)px, ?([-\d.]+)px\) scale\(([-\d.]+)\)/)!.map(Number);
  return { x: x!, y: y!, zoom: zoom! };
}

afterEach(() => {
  cleanup();
  leaveAllRooms();
  localStorage.clear();
});

describe('others on the map', () => {
  it("outlines the symbol another person selected in their colour, with their name, and drops it when they move on", () => {
    const room = aRoom();
    renderApp(room);
    const budi = anotherPerson(room);
    act(() => {
      setLocalPerson(budi, { name: 'Budi', colour: '#c62828' });
      setLocalSelection(budi, { nodeIds: ['p2', 'gone'], edgeIds: [] });
    });

    const outline = outlineOf('p2')!;
    expect(outline).toHaveAccessibleName('Selected by Budi');
    expect(outline.querySelector('.remote-outline')).toHaveStyle({ borderColor: '#c62828' });
    expect(outline.querySelector('.remote-tag')).toHaveTextContent('Budi');
    // Placed on the symbol: Stamping is at (200, 0), 160 × 100 as jsdom measures it here.
    expect(outline.style.transform).toBe('translate(200px, 0px)');
    expect(outline).toHaveStyle({ width: '160px', height: '100px' });
    // An id that is not on this map draws nothing.
    expect(document.querySelectorAll('.remote-selection')).toHaveLength(1);

    act(() => setLocalSelection(budi, { nodeIds: ['p4'], edgeIds: [] }));
    expect(outlineOf('p2')).toBeNull();
    expect(outlineOf('p4')).not.toBeNull();

    // Budi switches to the future state: his selection is not on the map shown here.
    act(() => setLocalMap(budi, 'future'));
    expect(outlineOf('p4')).toBeNull();
  });

  it('shows two people who selected one symbol, each outline in its colour', () => {
    const room = aRoom();
    renderApp(room);
    act(() => {
      for (const [name, colour] of [['Budi', '#c62828'], ['Ani', '#3949ab']] as const) {
        const other = anotherPerson(room);
        setLocalPerson(other, { name, colour });
        setLocalSelection(other, { nodeIds: ['i3'], edgeIds: [] });
      }
    });
    const outline = outlineOf('i3')!;
    expect([...outline.querySelectorAll('.remote-tag')].map((tag) => tag.textContent)).toEqual(['Ani', 'Budi']);
    expect([...outline.querySelectorAll<HTMLElement>('.remote-outline')].map((line) => line.style.borderColor)).toEqual(['rgb(57, 73, 171)', 'rgb(198, 40, 40)']);
  });

  it("draws another person's pointer at their map point with their name, and removes it when they leave the map", () => {
    const room = aRoom();
    renderApp(room);
    const budi = anotherPerson(room);
    act(() => {
      setLocalPerson(budi, { name: 'Budi', colour: '#c62828' });
      setLocalPointer(budi, { x: 310, y: 45 });
    });
    const pointer = document.querySelector<HTMLElement>('.remote-pointer')!;
    expect(pointer).toHaveAccessibleName("Budi's pointer");
    expect(pointer).toHaveTextContent('Budi');
    // Map coordinates inside React Flow's viewport, kept the same size on screen.
    expect(pointer.style.transform).toBe(`translate(310px, 45px) scale(${1 / viewport().zoom})`);
    expect(pointer.closest('.react-flow__viewport')).not.toBeNull();

    act(() => setLocalPointer(budi, null));
    expect(document.querySelector('.remote-pointer')).toBeNull();
  });

  it('sends this page’s selection, and its pointer in map coordinates while over the map', () => {
    const room = aRoom();
    const { store } = renderApp(room);
    const budi = anotherPerson(room);
    const me = () => readOthers(budi).find((person) => person.name === 'Sari')!;

    act(() => store.getState().setSelection({ nodeIds: ['p2', 'i3'], edgeIds: ['e8'] }));
    expect(me().selection).toEqual({ nodeIds: ['p2', 'i3'], edgeIds: ['e8'] });

    const canvas = document.querySelector<HTMLElement>('.react-flow')!;
    fireEvent.pointerMove(canvas, { clientX: 300, clientY: 200 });
    const { x, y, zoom } = viewport();
    // The wrapper sits at (0, 0) in jsdom: map point = (screen − translate) / zoom.
    expect(me().pointer!.x).toBeCloseTo((300 - x) / zoom, 6);
    expect(me().pointer!.y).toBeCloseTo((200 - y) / zoom, 6);

    fireEvent.pointerLeave(canvas);
    expect(me().pointer).toBeNull();
  });

  it('does nothing when working alone', () => {
    renderApp(null);
    expect(document.querySelector('.remote-presence')).toBeNull();
    expect(document.querySelector('.presence-bar')).toBeNull();
    expect(document.querySelector('.share-button')).toBeNull();
  });
});
