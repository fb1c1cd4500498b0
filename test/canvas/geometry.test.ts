import { Position } from '@xyflow/react';
import { arrowHeadPoints, routerFor, travelInto, zigZagPath } from '../../src/canvas/edges/geometry';

describe('edge geometry', () => {
  it('puts an arrowhead tip on the target and its base behind it', () => {
    // tip (100, 0) travelling right, 10 long, 5 to each side: base at x = 90, y = ±5
    expect(arrowHeadPoints({ x: 100, y: 0 }, { x: 1, y: 0 }, 10, 5)).toBe('100,0 90,5 90,-5');
  });

  it('travels into a target in the direction of the side it enters', () => {
    expect(travelInto(Position.Left)).toEqual({ x: 1, y: 0 });
    expect(travelInto(Position.Top)).toEqual({ x: 0, y: 1 });
    expect(travelInto(Position.Right)).toEqual({ x: -1, y: 0 });
    expect(travelInto(Position.Bottom)).toEqual({ x: 0, y: -1 });
  });

  it('stops a straight line short of the target by the arrowhead length', () => {
    // from (0,0) to (30,40): length 50, direction (0.6, 0.8); 10 px short ends at (24, 32)
    const route = routerFor('straight', {
      sourceX: 0, sourceY: 0, targetX: 30, targetY: 40, sourcePosition: Position.Right, targetPosition: Position.Left,
    })(10);
    expect(route.dir).toEqual({ x: 0.6, y: 0.8 });
    expect(route.path).toMatch(/L ?24,32$/);
  });

  it('zig-zags long lines only', () => {
    // 200 px line: start, 4 zig-zag points, end = 6 points; 30 px line: 2 points
    expect(zigZagPath({ x: 0, y: 0 }, { x: 200, y: 0 }, 0).split(/[ML]/).filter((p) => p.trim()).length).toBe(6);
    expect(zigZagPath({ x: 0, y: 0 }, { x: 30, y: 0 }, 0)).toBe('M0 0 L30 0');
  });
});
