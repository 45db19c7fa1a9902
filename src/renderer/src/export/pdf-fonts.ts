import type { PdfFontFile } from '../../../core/export/pdf';
import { planPdfFonts } from '../../../core/export/pdf-font-plan';

/**
 * The PDF's fonts in the browser: the slices planPdfFonts names, fetched from the build's
 * own assets (same origin, so the strict CSP's connect-src 'self' allows them). Vite emits
 * each file as an asset and hands back its URL; a slice is fetched only when the text
 * needs it, so a Latin-only record loads three small Inter files.
 */

const FILES: Record<string, () => Promise<string>> = {
  ...import.meta.glob('../../../../node_modules/@fontsource/inter/files/inter-*-{400,600}-normal.woff', { query: '?url', import: 'default' }),
  ...import.meta.glob('../../../../node_modules/@fontsource/inter/files/inter-*-400-italic.woff', { query: '?url', import: 'default' }),
  ...import.meta.glob('../../../../node_modules/@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-{400,600}-normal.woff', { query: '?url', import: 'default' }),
  ...import.meta.glob('../../../../node_modules/@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-{400,600}-normal.woff', { query: '?url', import: 'default' }),
  ...import.meta.glob('../../../../node_modules/@fontsource/noto-sans-jp/files/noto-sans-jp-*-400-normal.woff', { query: '?url', import: 'default' }),
  ...import.meta.glob('../../../../node_modules/@fontsource/noto-emoji/files/noto-emoji-*-400-normal.woff', { query: '?url', import: 'default' }),
  ...import.meta.glob('../../../../node_modules/@fontsource/jetbrains-mono/files/jetbrains-mono-latin-400-normal.woff', { query: '?url', import: 'default' }),
} as Record<string, () => Promise<string>>;

/** '@fontsource/x/files/y.woff' → the glob key for it. */
const keyOf = (spec: string) => `../../../../node_modules/${spec}`;

async function fetchFont(spec: string): Promise<Uint8Array> {
  const url = FILES[keyOf(spec)];
  if (!url) throw new Error(`the font file ${spec} is not part of this build`);
  const response = await fetch(await url());
  if (!response.ok) throw new Error(`could not load the font ${spec} (HTTP ${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

export async function loadPdfFonts(text: string): Promise<PdfFontFile[]> {
  return Promise.all(
    planPdfFonts(text).map(async (f) => ({
      id: f.id,
      regular: await fetchFont(f.regular),
      ...(f.bold ? { bold: await fetchFont(f.bold) } : {}),
      ...(f.italic ? { italic: await fetchFont(f.italic) } : {}),
      ...(f.monospace ? { monospace: true } : {}),
    })),
  );
}
