import { create } from 'qrcode';
import { memo, useMemo } from 'react';

/** Modules of white around the code, as the QR standard asks, so phones find its edges. */
const QUIET_ZONE = 4;

/**
 * A QR code drawn as one SVG path by React from the library's module matrix: no canvas, no HTML
 * string, so the link inside is only ever data. Black on white, medium error correction (15%).
 */
export const QrCode = memo(function QrCode({ text, label, sizePx = 200 }: { text: string; label: string; sizePx?: number }) {
  const { size, path } = useMemo(() => {
    const { modules } = create(text, { errorCorrectionLevel: 'M' });
    let d = '';
    for (let row = 0; row < modules.size; row += 1) {
      for (let col = 0; col < modules.size; col += 1) {
        if (modules.get(row, col)) d += `M${col} ${row}h1v1h-1z`;
      }
    }
    return { size: modules.size, path: d };
  }, [text]);
  const box = size + 2 * QUIET_ZONE;
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      width={sizePx}
      height={sizePx}
      viewBox={`${-QUIET_ZONE} ${-QUIET_ZONE} ${box} ${box}`}
      shapeRendering="crispEdges"
      data-modules={size}
    >
      <rect x={-QUIET_ZONE} y={-QUIET_ZONE} width={box} height={box} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
});
