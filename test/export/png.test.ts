import { MAX_PIXELS, MAX_SIDE_PX, rasterSize } from '../../src/export/png';

describe('the pixel size of an exported picture', () => {
  it('is the picture times the scale when that fits', () => {
    // 1,000 × 500 map px at 2× = 2,000 × 1,000 px; at 3× 3,000 × 1,500.
    expect(rasterSize(1_000, 500, 2)).toEqual({ width: 2_000, height: 1_000, pixelRatio: 2, scaledDown: false });
    expect(rasterSize(1_000, 500, 3)).toEqual({ width: 3_000, height: 1_500, pixelRatio: 3, scaledDown: false });
  });

  it('stays within 8,192 px a side, keeping the proportions, and says it drew smaller', () => {
    // 10,000 × 2,000 at 2× = 20,000 × 4,000; the side limit gives 8,192 / 20,000 = 0.4096
    // (the pixel limit would allow 0.458): 8,192 × 4,000 × 0.4096 = 1,638.4 → 1,638.
    const size = rasterSize(10_000, 2_000, 2);
    expect(size).toMatchObject({ width: MAX_SIDE_PX, height: 1_638, scaledDown: true });
    expect(size.pixelRatio).toBeCloseTo(2 * 0.4096, 6);
  });

  it('stays within 16.7 million pixels for a large square picture', () => {
    // 4,000 × 4,000 at 3× = 12,000² = 144 M px; sqrt(16,777,216 / 144,000,000) = 0.34133 → 4,096 a side.
    const size = rasterSize(4_000, 4_000, 3);
    expect(size.width).toBe(4_096);
    expect(size.height).toBe(4_096);
    expect(size.width * size.height).toBeLessThanOrEqual(MAX_PIXELS);
    expect(size.scaledDown).toBe(true);
  });
});
