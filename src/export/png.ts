/**
 * The picture as a PNG: its SVG drawn on a canvas at 1×, 2× or 3× (the SVG is sized in pixels,
 * so the browser draws the vectors at that size rather than enlarging a small bitmap), within
 * what browsers can draw, with the document carried in an `iTXt` chunk so the PNG opens again as
 * the editable map. Each stage yields to the page first, so it stays responsive and the progress
 * shows.
 */
import { cloneElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { serializeDocument } from '../domain/validate';
import type { VsmDocument } from '../domain/types';
import { withMapChunk } from '../io/pngMapChunk';
import type { Picture } from './picture';

/** Chromium draws canvases up to 32,767 px a side and ~268 M pixels, and past that silently
 * draws nothing; tldraw stays within 8,192 px and 16.7 M pixels, and so do we. */
export const MAX_SIDE_PX = 8_192;
export const MAX_PIXELS = 16_777_216;

export type Scale = 1 | 2 | 3;
export const SCALES: readonly Scale[] = [1, 2, 3];

export interface RasterSize {
  width: number;
  height: number;
  /** Pixels per map px actually used (the scale asked for, or less). */
  pixelRatio: number;
  /** True when the picture was drawn smaller than asked, to stay within what browsers can draw. */
  scaledDown: boolean;
}

/** The pixel size of a picture of `width` × `height` map px at `scale`, within the limits. */
export function rasterSize(width: number, height: number, scale: number): RasterSize {
  const w = width * scale;
  const h = height * scale;
  const fit = Math.min(1, MAX_SIDE_PX / w, MAX_SIDE_PX / h, Math.sqrt(MAX_PIXELS / (w * h)));
  // A hair over the floor: 8,192 / w × w can come out as 8,191.999….
  const px = (side: number) => Math.max(1, Math.min(MAX_SIDE_PX, Math.floor(side * fit + 1e-6)));
  return {
    width: px(w),
    height: px(h),
    pixelRatio: scale * fit,
    scaledDown: fit < 1,
  };
}

export type PngStage = 'painting' | 'encoding';

export interface PngImage extends RasterSize {
  blob: Blob;
}

/** Lets the page paint and handle input before the next stage. */
export const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function loadImage(url: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.decoding = 'async';
  image.src = url;
  // decode() where there is one: the browser may decode off the main thread.
  if (typeof image.decode === 'function') return image.decode().then(() => image);
  return new Promise((resolve, reject) => {
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the drawing could not be loaded as an image'));
  });
}

function canvasBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the browser made no PNG'))), 'image/png');
  });
}

/** The picture's SVG markup with its root sized in pixels for `size` (the view box stays in map px). */
export function rasterMarkup(picture: Picture, size: RasterSize): string {
  return renderToStaticMarkup(cloneElement(picture.element, { width: size.width, height: size.height }));
}

/** Paints `markup` (from `rasterMarkup`) as a PNG carrying `doc`; `onStage` hears each stage as it starts. */
export async function markupPng(
  markup: string, size: RasterSize, doc: VsmDocument, onStage: (stage: PngStage) => void = () => undefined,
): Promise<PngImage> {
  onStage('painting');
  await yieldToPage();
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }));
  let canvas: HTMLCanvasElement;
  try {
    const image = await loadImage(url);
    await yieldToPage();
    canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('the browser gave no canvas to draw on');
    context.drawImage(image, 0, 0, size.width, size.height);
  } finally {
    URL.revokeObjectURL(url);
  }
  onStage('encoding');
  await yieldToPage();
  const png = new Uint8Array(await (await canvasBlob(canvas)).arrayBuffer());
  const withMap = withMapChunk(png, serializeDocument(doc));
  return { ...size, blob: new Blob([withMap], { type: 'image/png' }) };
}
