import { describe, expect, it } from 'vitest';
import { EDGE_APPEARANCE, labelPoint, simplifyPoints, svgPathFromPoints, trimEnd } from '../../src/renderer/src/diagram/paths';

describe('svgPathFromPoints', () => {
  it('draws a straight polyline without radius', () => {
    expect(svgPathFromPoints([{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 20 }])).toBe('M0 0 L10 0 L10 20');
  });

  it('is empty for fewer than two distinct points', () => {
    expect(svgPathFromPoints([])).toBe('');
    expect(svgPathFromPoints([{ x: 1, y: 1 }, { x: 1, y: 1 }])).toBe('');
  });

  it('rounds bends with a quadratic curve through the corner', () => {
    expect(svgPathFromPoints([{ x: 0, y: 0 }, { x: 20, y: 0 }, { x: 20, y: 20 }], 5)).toBe('M0 0 L15 0 Q20 0 20 5 L20 20');
  });

  it('never rounds more than half of a short segment', () => {
    const path = svgPathFromPoints([{ x: 0, y: 0 }, { x: 40, y: 0 }, { x: 40, y: 4 }, { x: 80, y: 4 }], 6);
    expect(path).toBe('M0 0 L38 0 Q40 0 40 2 L40 2 Q40 4 42 4 L80 4');
  });

  it('drops repeated and collinear points', () => {
    expect(simplifyPoints([{ x: 0, y: 0 }, { x: 0, y: 0 }, { x: 5, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 5 }]))
      .toEqual([{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 5 }]);
  });
});

describe('trimEnd', () => {
  it('pulls the last point back along the last segment', () => {
    expect(trimEnd([{ x: 0, y: 0 }, { x: 0, y: 30 }, { x: 20, y: 30 }], 8)).toEqual([{ x: 0, y: 0 }, { x: 0, y: 30 }, { x: 12, y: 30 }]);
  });

  it('leaves at least a pixel of a short last segment', () => {
    expect(trimEnd([{ x: 0, y: 0 }, { x: 0, y: 5 }], 8)).toEqual([{ x: 0, y: 0 }, { x: 0, y: 1 }]);
  });
});

describe('labelPoint', () => {
  it("prefers ELK's label position", () => {
    expect(labelPoint([{ x: 0, y: 0 }, { x: 10, y: 0 }], { x: 3, y: 4 })).toEqual({ x: 3, y: 4 });
  });

  it('falls back to the middle of the longest segment', () => {
    expect(labelPoint([{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 100 }])).toEqual({ x: 10, y: 50 });
    expect(labelPoint([])).toBeUndefined();
  });
});

describe('edge appearance', () => {
  it('draws sync solid, async dashed, replication dotted in its own colour, network thick', () => {
    expect(EDGE_APPEARANCE.sync.dash).toBeUndefined();
    expect(EDGE_APPEARANCE.async.dash).toBeDefined();
    expect(EDGE_APPEARANCE.replication.dash).toBeDefined();
    expect(EDGE_APPEARANCE.replication.colour).not.toBe(EDGE_APPEARANCE.sync.colour);
    expect(EDGE_APPEARANCE.network.strokeWidth).toBeGreaterThan(EDGE_APPEARANCE.sync.strokeWidth);
  });
});
