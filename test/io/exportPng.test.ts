import { imageSize, MAX_PIXELS, MAX_SIDE_PX } from '../../src/io/exportPng';

describe('the size of an exported map image', () => {
  it('is twice the map with a 40-unit margin when that fits', () => {
    // (1,000 + 80) × 2 = 2,160 by (500 + 80) × 2 = 1,160.
    expect(imageSize(1_000, 500)).toEqual({ width: 2_160, height: 1_160, scaledDown: false });
  });

  it('stays within 8,192 px a side, keeping the proportions, and says it scaled down', () => {
    // 20,160 × 4,160 asked; the side limit gives scale 8,192 / 20,160 = 0.40635
    // (the pixel limit would allow 0.447): 8,192 × floor(4,160 × 0.40635) = 1,690.
    const size = imageSize(10_000, 2_000);
    expect(size).toEqual({ width: MAX_SIDE_PX, height: 1_690, scaledDown: true });
  });

  it('stays within 16.7 million pixels for a large square map', () => {
    // 8,080 × 2 = 16,160 a side asked; pixels decide: sqrt(16,777,216 / 16,160²) = 0.25347 → 4,096.
    const size = imageSize(8_000, 8_000);
    expect(size.width * size.height).toBeLessThanOrEqual(MAX_PIXELS);
    expect(size.width).toBe(4_096);
    expect(size.scaledDown).toBe(true);
  });
});
