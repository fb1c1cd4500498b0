import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Inspector, type InspectorProps } from '../../src/panels/Inspector';
import { DEFAULT_SETTINGS, type MapState, type ProcessData, type VsmEdge, type VsmNode } from '../../src/domain/types';

// A two-shift plant: 27,600 s × 2 = 55,200 s in a working day.
const SECONDS_PER_DAY = 55_200;

function aProcess(id: string, data: ProcessData = {}): VsmNode {
  return { id, type: 'process', position: { x: 0, y: 0 }, data };
}
function anEdge(id: string, type: VsmEdge['type'], data?: VsmEdge['data']): VsmEdge {
  return { id, type, source: 'p1', target: 'p2', data };
}
function aMap(nodes: VsmNode[], edges: VsmEdge[] = []): MapState {
  return { settings: { ...DEFAULT_SETTINGS }, nodes, edges };
}

/** Renders the inspector with spies; returns them and a rerender that keeps the spies. */
function renderInspector(map: MapState, selection: InspectorProps['selection']) {
  const onChangeNodeData = vi.fn();
  const onChangeEdge = vi.fn();
  const props = (m: MapState, s: InspectorProps['selection']): InspectorProps => ({
    map: m,
    selection: s,
    secondsPerDay: SECONDS_PER_DAY,
    onChangeNodeData,
    onChangeEdge,
  });
  const view = render(<Inspector {...props(map, selection)} />);
  return {
    onChangeNodeData,
    onChangeEdge,
    container: view.container,
    rerender: (m: MapState, s: InspectorProps['selection']) => view.rerender(<Inspector {...props(m, s)} />),
    user: userEvent.setup(),
  };
}

const stamping = () => aMap([aProcess('p1', { name: 'Stamping', cycleTimeSec: 60, uptimePct: 85, operators: 1 }), aProcess('p2', { name: 'Welding' })]);
const selectP1 = { nodeIds: ['p1'], edgeIds: [] };

describe('Inspector: one process selected', () => {
  it('shows the symbol name, the step name and a labelled input per field', () => {
    renderInspector(stamping(), selectP1);
    expect(screen.getByRole('heading')).toHaveTextContent('Process');
    expect(screen.getByRole('heading')).toHaveTextContent('Stamping');
    expect(screen.getByLabelText('Name')).toHaveValue('Stamping');
    // 60 s is shown in a friendly unit.
    expect(screen.getByLabelText('Cycle time')).toHaveValue('1 min');
    expect(screen.getByLabelText('Uptime')).toHaveValue('85');
    expect(screen.getByLabelText('Pacemaker')).not.toBeChecked();
    expect(screen.getByLabelText('Kind')).toHaveValue('');
    expect(screen.getByRole('group', { name: 'Waste tags' })).toBeInTheDocument();
    expect(screen.getByLabelText('Link')).toHaveValue('');
  });

  it('turns "10 min" + Enter in cycle time into 600 s', async () => {
    const { user, onChangeNodeData } = renderInspector(stamping(), selectP1);
    const cycleTime = screen.getByLabelText('Cycle time');
    await user.clear(cycleTime);
    await user.type(cycleTime, '10 min{Enter}');
    // 10 × 60 s = 600 s, one call: one edit is one undo step.
    expect(onChangeNodeData).toHaveBeenCalledTimes(1);
    expect(onChangeNodeData).toHaveBeenCalledWith('p1', { cycleTimeSec: 600 });
  });

  it('turns "1.5 h" into 5,400 s, committed on leaving the field', async () => {
    const { user, onChangeNodeData } = renderInspector(stamping(), selectP1);
    const cycleTime = screen.getByLabelText('Cycle time');
    await user.clear(cycleTime);
    await user.type(cycleTime, '1.5 h');
    expect(onChangeNodeData).not.toHaveBeenCalled(); // not on every keystroke
    await user.tab();
    // 1.5 × 3,600 s = 5,400 s.
    expect(onChangeNodeData).toHaveBeenCalledTimes(1);
    expect(onChangeNodeData).toHaveBeenCalledWith('p1', { cycleTimeSec: 5400 });
  });

  it('takes "1 d" in a time field as one working day of the map', async () => {
    const { user, onChangeNodeData } = renderInspector(stamping(), selectP1);
    const changeover = screen.getByLabelText('Changeover');
    await user.type(changeover, '1 d{Enter}');
    // 1 d = secondsPerDay = 55,200 s.
    expect(onChangeNodeData).toHaveBeenCalledWith('p1', { changeoverSec: 55_200 });
  });

  it('refuses "abc" with an inline message and keeps the old value', async () => {
    const { user, onChangeNodeData } = renderInspector(stamping(), selectP1);
    const cycleTime = screen.getByLabelText('Cycle time');
    await user.clear(cycleTime);
    await user.type(cycleTime, 'abc{Enter}');
    expect(cycleTime).toHaveAttribute('aria-invalid', 'true');
    expect(cycleTime).toHaveAccessibleDescription(/could not read "abc" as a time/i);
    expect(cycleTime).toHaveValue('abc'); // still there to be fixed
    await user.tab();
    expect(onChangeNodeData).not.toHaveBeenCalled();
    // Back to the stored 60 s, and the message says why.
    expect(cycleTime).toHaveValue('1 min');
    expect(cycleTime).toHaveAttribute('aria-invalid', 'false');
    expect(cycleTime).toHaveAccessibleDescription(/^Not saved, still 1 min\. Could not read "abc"/);
  });

  it('refuses 150 % uptime', async () => {
    const { user, onChangeNodeData } = renderInspector(stamping(), selectP1);
    const uptime = screen.getByLabelText('Uptime');
    await user.clear(uptime);
    await user.type(uptime, '150{Enter}');
    expect(onChangeNodeData).not.toHaveBeenCalled();
    expect(uptime).toHaveAttribute('aria-invalid', 'true');
    // Described by the field's unit (%) and the message.
    expect(uptime).toHaveAccessibleDescription('% Uptime must be a percentage of at most 100%, got 150.');
  });

  it('takes "92 %" in uptime as 92', async () => {
    const { user, onChangeNodeData } = renderInspector(stamping(), selectP1);
    const uptime = screen.getByLabelText('Uptime');
    await user.clear(uptime);
    await user.type(uptime, '92 %{Enter}');
    expect(onChangeNodeData).toHaveBeenCalledWith('p1', { uptimePct: 92 });
  });

  it.each([
    ['-3', 'Operators must be a whole number of 0 or more, got -3.'],
    ['2.5', 'Operators must be a whole number, got 2.5.'],
  ])('refuses %s operators', async (typed, message) => {
    const { user, onChangeNodeData } = renderInspector(stamping(), selectP1);
    const operators = screen.getByLabelText('Operators');
    await user.clear(operators);
    await user.type(operators, `${typed}{Enter}`);
    expect(onChangeNodeData).not.toHaveBeenCalled();
    expect(operators).toHaveAttribute('aria-invalid', 'true');
    expect(operators).toHaveAccessibleDescription(message);
  });

  it('removes the name when it is emptied', async () => {
    const { user, onChangeNodeData } = renderInspector(stamping(), selectP1);
    await user.clear(screen.getByLabelText('Name'));
    await user.keyboard('{Enter}');
    expect(onChangeNodeData).toHaveBeenCalledTimes(1);
    const [id, patch] = onChangeNodeData.mock.calls[0]!;
    expect(id).toBe('p1');
    // The key is there with undefined: the store removes the field.
    expect(patch).toStrictEqual({ name: undefined });
    expect('name' in patch).toBe(true);
  });

  it('trims a name and does not commit an unchanged value', async () => {
    const { user, onChangeNodeData } = renderInspector(stamping(), selectP1);
    const name = screen.getByLabelText('Name');
    await user.type(name, '  {Enter}'); // "Stamping  " trims to the stored "Stamping"
    expect(onChangeNodeData).not.toHaveBeenCalled();
    await user.clear(name);
    await user.type(name, '  Press  {Enter}');
    expect(onChangeNodeData).toHaveBeenCalledWith('p1', { name: 'Press' });
  });

  it('reverts an edit on Escape', async () => {
    const { user, onChangeNodeData } = renderInspector(stamping(), selectP1);
    const cycleTime = screen.getByLabelText('Cycle time');
    await user.clear(cycleTime);
    await user.type(cycleTime, '5 min');
    await user.keyboard('{Escape}');
    expect(cycleTime).toHaveValue('1 min');
    await user.tab();
    expect(onChangeNodeData).not.toHaveBeenCalled();
  });

  it('clears an error on Escape', async () => {
    const { user } = renderInspector(stamping(), selectP1);
    const uptime = screen.getByLabelText('Uptime');
    await user.clear(uptime);
    await user.type(uptime, '150{Enter}{Escape}');
    expect(uptime).toHaveValue('85');
    expect(uptime).toHaveAttribute('aria-invalid', 'false');
  });

  it('shows the defaults the analysis uses for empty fields', () => {
    renderInspector(stamping(), selectP1);
    expect(screen.getByLabelText('Uptime')).toHaveAccessibleDescription(/Default: 100%/);
    expect(screen.getByLabelText('Machines')).toHaveAccessibleDescription(/Default: 1/);
    expect(screen.getByLabelText('Operators')).toHaveAccessibleDescription(/Default: 1/);
    // Processing time defaults to C/T, here 60 s.
    expect(screen.getByLabelText('Processing time')).toHaveAccessibleDescription(/Default: C\/T \(60\ss\)/);
    expect(screen.getByLabelText('Processing time')).toHaveAttribute('placeholder', '1 min');
  });

  it('commits checkboxes, selects and waste tags at once', async () => {
    const { user, onChangeNodeData } = renderInspector(stamping(), selectP1);
    await user.click(screen.getByLabelText('Pacemaker'));
    expect(onChangeNodeData).toHaveBeenLastCalledWith('p1', { pacemaker: true });
    await user.selectOptions(screen.getByLabelText('Kind'), 'inspection');
    expect(onChangeNodeData).toHaveBeenLastCalledWith('p1', { kind: 'inspection' });
    await user.click(screen.getByLabelText('Waiting'));
    expect(onChangeNodeData).toHaveBeenLastCalledWith('p1', { wasteTags: ['waiting'] });
    expect(onChangeNodeData).toHaveBeenCalledTimes(3);
  });

  it('keeps waste tags in DOWNTIME order and removes the list when the last is unticked', async () => {
    const map = aMap([aProcess('p1', { wasteTags: ['motion'] })]);
    const { user, onChangeNodeData } = renderInspector(map, selectP1);
    expect(screen.getByLabelText('Motion')).toBeChecked();
    await user.click(screen.getByLabelText('Defects'));
    expect(onChangeNodeData).toHaveBeenLastCalledWith('p1', { wasteTags: ['defects', 'motion'] });
    await user.click(screen.getByLabelText('Motion'));
    expect(onChangeNodeData).toHaveBeenLastCalledWith('p1', { wasteTags: undefined });
  });

  it('refuses a javascript: link', async () => {
    const { user, onChangeNodeData } = renderInspector(stamping(), selectP1);
    const link = screen.getByLabelText('Link');
    await user.type(link, 'javascript:alert(1){Enter}');
    expect(onChangeNodeData).not.toHaveBeenCalled();
    expect(link).toHaveAttribute('aria-invalid', 'true');
  });

  it('resets the inputs when another node is selected, committing a pending edit to the first', async () => {
    const map = stamping();
    const { user, onChangeNodeData, rerender } = renderInspector(map, selectP1);
    await user.clear(screen.getByLabelText('Name'));
    await user.type(screen.getByLabelText('Name'), 'Press');
    // The canvas selected p2 without the field losing focus first.
    rerender(map, { nodeIds: ['p2'], edgeIds: [] });
    expect(onChangeNodeData).toHaveBeenCalledWith('p1', { name: 'Press' });
    expect(screen.getByLabelText('Name')).toHaveValue('Welding');
    expect(screen.getByLabelText('Cycle time')).toHaveValue('');
  });

  it('shows a new stored value (an undo) when not editing', () => {
    const { rerender } = renderInspector(stamping(), selectP1);
    rerender(aMap([aProcess('p1', { name: 'Stamping', cycleTimeSec: 90 })]), selectP1);
    // 90 s = 1.5 min.
    expect(screen.getByLabelText('Cycle time')).toHaveValue('1.5 min');
  });

  it('renders a name with HTML as text', () => {
    const map = aMap([aProcess('p1', { name: '<img src=x onerror=alert(1)>' })]);
    const { container } = renderInspector(map, selectP1);
    expect(screen.getByRole('heading')).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(container.querySelector('img')).toBeNull();
  });
});

describe('Inspector: other node types', () => {
  it('offers the process steps for a kaizen burst and the eight wastes', async () => {
    const map = aMap([
      aProcess('p1', { name: 'Stamping' }),
      { id: 'k1', type: 'kaizen', position: { x: 0, y: 0 }, data: { title: 'Quick changeover' } },
    ]);
    const { user, onChangeNodeData } = renderInspector(map, { nodeIds: ['k1'], edgeIds: [] });
    expect(screen.getByRole('heading')).toHaveTextContent('Kaizen burst');
    expect(screen.getByRole('heading')).toHaveTextContent('Quick changeover');
    await user.selectOptions(screen.getByLabelText('Improves step'), 'p1');
    expect(onChangeNodeData).toHaveBeenLastCalledWith('k1', { stepId: 'p1' });
    const waste = screen.getByLabelText('Waste');
    // "not set" and the eight wastes.
    expect(waste.querySelectorAll('option')).toHaveLength(9);
    await user.selectOptions(waste, 'Non-utilized talent');
    expect(onChangeNodeData).toHaveBeenLastCalledWith('k1', { waste: 'talent' });
  });

  it('takes a due date', async () => {
    const map = aMap([{ id: 'k1', type: 'kaizen', position: { x: 0, y: 0 }, data: {} }]);
    const { user, onChangeNodeData } = renderInspector(map, { nodeIds: ['k1'], edgeIds: [] });
    const due = screen.getByLabelText('Due date');
    await user.type(due, '2025-03-31');
    await user.tab();
    expect(onChangeNodeData).toHaveBeenCalledWith('k1', { dueDate: '2025-03-31' });
  });

  it('takes stock days in any unit', async () => {
    const map = aMap([{ id: 'i1', type: 'inventory', position: { x: 0, y: 0 }, data: { quantity: 7000 } }]);
    const { user, onChangeNodeData } = renderInspector(map, { nodeIds: ['i1'], edgeIds: [] });
    await user.type(screen.getByLabelText('Days (override)'), '27600 s{Enter}');
    // 27,600 s / 55,200 s a day = 0.5 d.
    expect(onChangeNodeData).toHaveBeenCalledWith('i1', { days: 0.5 });
  });
});

describe('Inspector: one edge selected', () => {
  const edgeMap = (edge: VsmEdge) => aMap([aProcess('p1'), aProcess('p2')], [edge]);
  const selectE1 = { nodeIds: [], edgeIds: ['e1'] };

  it('changes the arrow type', async () => {
    const { user, onChangeEdge } = renderInspector(edgeMap(anEdge('e1', 'push')), selectE1);
    const type = screen.getByLabelText('Arrow type');
    expect(type).toHaveValue('push');
    expect(type.querySelectorAll('option')).toHaveLength(7);
    await user.selectOptions(type, 'Pull / withdrawal');
    expect(onChangeEdge).toHaveBeenCalledWith('e1', { type: 'withdrawal' });
  });

  it('keeps a label with <script> as text', async () => {
    const { user, onChangeEdge, container, rerender } = renderInspector(edgeMap(anEdge('e1', 'push')), selectE1);
    await user.type(screen.getByLabelText('Label'), '<script>alert(1)</script>{Enter}');
    expect(onChangeEdge).toHaveBeenCalledWith('e1', { data: { label: '<script>alert(1)</script>' } });
    rerender(edgeMap(anEdge('e1', 'push', { label: '<script>alert(1)</script>' })), selectE1);
    expect(screen.getByLabelText('Label')).toHaveValue('<script>alert(1)</script>');
    expect(screen.getByRole('heading')).toHaveTextContent('<script>alert(1)</script>');
    expect(container.querySelector('script')).toBeNull();
  });

  it('sets rework and distance, and refuses a negative distance', async () => {
    const { user, onChangeEdge } = renderInspector(edgeMap(anEdge('e1', 'material')), selectE1);
    await user.click(screen.getByLabelText('Rework loop'));
    expect(onChangeEdge).toHaveBeenLastCalledWith('e1', { data: { rework: true } });
    const distance = screen.getByLabelText('Distance (m)');
    await user.type(distance, '-5{Enter}');
    expect(onChangeEdge).toHaveBeenCalledTimes(1);
    expect(distance).toHaveAttribute('aria-invalid', 'true');
    await user.clear(distance);
    await user.type(distance, '12.5{Enter}');
    expect(onChangeEdge).toHaveBeenLastCalledWith('e1', { data: { distanceM: 12.5 } });
  });

  it('shows transit time on shipment arrows only', async () => {
    const { rerender } = renderInspector(edgeMap(anEdge('e1', 'push')), selectE1);
    expect(screen.queryByLabelText('Transit time')).toBeNull();
    rerender(edgeMap(anEdge('e1', 'shipment', { transitDays: 2 })), selectE1);
    expect(screen.getByLabelText('Transit time')).toHaveValue('2 d');
  });
});

describe('Inspector: selection size', () => {
  it('shows a count and no fields for several symbols', () => {
    renderInspector(stamping(), { nodeIds: ['p1', 'p2'], edgeIds: ['e9'] });
    expect(screen.getByText('3 symbols selected')).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('renders nothing without a selection or for a stale id', () => {
    const { container, rerender } = renderInspector(stamping(), { nodeIds: [], edgeIds: [] });
    expect(container).toBeEmptyDOMElement();
    rerender(stamping(), { nodeIds: ['gone'], edgeIds: [] });
    expect(container).toBeEmptyDOMElement();
  });
});
