/**
 * The export pipelines the dialog and the benchmark run: the picture of a state as PNG (with
 * the map inside) or as SVG, telling each stage as it starts and yielding to the page between
 * them so the page stays responsive and the progress shows.
 */
import { buildPicture, pictureMarkup, type PictureInput } from './picture';
import { markupPng, type PngImage, rasterMarkup, rasterSize, type Scale, yieldToPage } from './png';

export type ExportStage = 'drawing' | 'painting' | 'encoding';

/** The state's picture as a PNG at `scale` that opens again as the map. */
export async function exportPng(input: PictureInput, scale: Scale, onStage: (stage: ExportStage) => void = () => undefined): Promise<PngImage> {
  onStage('drawing');
  await yieldToPage();
  const picture = buildPicture(input);
  const size = rasterSize(picture.width, picture.height, scale);
  return markupPng(rasterMarkup(picture, size), size, input.doc, onStage);
}

/** The state's picture as a standalone SVG file (1 SVG px = 1 map px). */
export async function exportSvg(input: PictureInput, onStage: (stage: ExportStage) => void = () => undefined): Promise<Blob> {
  onStage('drawing');
  await yieldToPage();
  return new Blob([pictureMarkup(buildPicture(input))], { type: 'image/svg+xml;charset=utf-8' });
}
