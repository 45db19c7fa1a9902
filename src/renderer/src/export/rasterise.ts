import inter400 from '@fontsource/inter/files/inter-latin-400-normal.woff2?inline';
import inter600 from '@fontsource/inter/files/inter-latin-600-normal.woff2?inline';
import inter700 from '@fontsource/inter/files/inter-latin-700-normal.woff2?inline';

/**
 * PNG (and the PDF's pixels) in the renderer: the exported SVG drawn into an <img>, then onto
 * a canvas. resvg and pdfkit are Node-only; the browser's own SVG renderer is the same one
 * that draws the app. An SVG shown as an image may not load anything, fonts included, so the
 * bundled Inter (Latin, the three weights the SVG uses) is embedded as data: URLs first;
 * otherwise labels would fall back to another font and overflow their boxes. Loaded only
 * when someone exports (this module is imported on demand).
 */

const FONTS: [number, string][] = [[400, inter400], [600, inter600], [700, inter700]];
const FONT_FACES = FONTS.map(([weight, url]) => `@font-face{font-family:Inter;font-style:normal;font-weight:${weight};src:url(${url}) format('woff2')}`).join('');

/** The SVG with the font faces in a <style> of its own, right after the root tag. */
export function withEmbeddedFonts(svg: string): string {
  return svg.replace(/<svg\b[^>]*>/, (root) => `${root}<style>${FONT_FACES}</style>`);
}

/** The SVG's own size (toSvg writes width and height in CSS pixels). */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\bwidth="([\d.]+)"/.exec(root)?.[1] ?? 0);
  const height = Number(/\bheight="([\d.]+)"/.exec(root)?.[1] ?? 0);
  return { width, height };
}

/** Browsers refuse canvases beyond about 16k px a side or 268 MP; stay well inside. */
const MAX_SIDE = 16_000;
const MAX_PIXELS = 120_000_000;

export async function drawSvg(svg: string, scale: number): Promise<HTMLCanvasElement> {
  const { width, height } = svgSize(svg);
  if (!(width > 0 && height > 0)) throw new Error('the diagram has no size');
  const w = Math.round(width * scale), h = Math.round(height * scale);
  if (w > MAX_SIDE || h > MAX_SIDE || w * h > MAX_PIXELS) throw new RangeError(`a ${w}×${h} px image is too large to draw; try 1×`);
  const url = URL.createObjectURL(new Blob([withEmbeddedFonts(svg)], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = h;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('the browser gave no canvas to draw on');
    context.drawImage(image, 0, 0, w, h);
    return canvas;
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function svgToPng(svg: string, scale: number): Promise<Uint8Array> {
  const canvas = await drawSvg(svg, scale);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the browser could not encode the PNG');
  return new Uint8Array(await blob.arrayBuffer());
}

/** The pixels for the PDF: at 2× for small diagrams (sharp on paper), 1× for big ones (size). */
export async function svgPixels(svg: string): Promise<{ width: number; height: number; cssWidth: number; cssHeight: number; rgba: Uint8ClampedArray }> {
  const size = svgSize(svg);
  const scale = size.width * size.height > 6_000_000 ? 1 : 2;
  const canvas = await drawSvg(svg, scale);
  const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  return { width: canvas.width, height: canvas.height, cssWidth: size.width, cssHeight: size.height, rgba: data.data };
}

/** zlib deflate through the browser's CompressionStream (what PDF's FlateDecode reads). */
export async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([new Uint8Array(bytes)]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
