import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { toSvg } from '../../src/core/export/svg';
import { pngFonts, toPng } from '../../src/node/export-png';
import { LAYOUT_TIMEOUT, fixtureCases, type ExportCase } from './cases';

let web: ExportCase;
beforeAll(async () => {
  web = (await fixtureCases()).find((c) => c.name === 'web-app-dr')!;
}, LAYOUT_TIMEOUT);

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const svgSize = (svg: string) => {
  const root = /<svg\b[^>]*>/.exec(svg)![0];
  return { width: Number(/width="(\d+)"/.exec(root)![1]), height: Number(/height="(\d+)"/.exec(root)![1]) };
};
const pixel = (png: PNG, x: number, y: number) => [...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 4)];

describe('toPng', () => {
  it('rasterises every theme at 1× and 2×: right size, not blank, the theme background painted', () => {
    for (const theme of ['light', 'dark', 'transparent'] as const) {
      const svg = toSvg(web.model, web.layout, { theme, title: 'Web app' });
      const size = svgSize(svg);
      expect(size.width).toBe(Math.ceil(web.layout.width) + 16);
      for (const scale of [1, 2]) {
        const bytes = toPng(svg, { scale });
        expect([...bytes.subarray(0, 8)]).toEqual(SIGNATURE);
        const view = new DataView(bytes.buffer, bytes.byteOffset);
        expect(String.fromCharCode(...bytes.subarray(12, 16))).toBe('IHDR');
        expect([view.getUint32(16), view.getUint32(20)], `${theme} ${scale}×`).toEqual([size.width * scale, size.height * scale]);
        const png = PNG.sync.read(Buffer.from(bytes));
        const colours = new Set<number>();
        for (let i = 0; i < png.data.length; i += 4 * 97) colours.add(png.data.readUInt32BE(i));
        expect(colours.size, `${theme} ${scale}× has many colours`).toBeGreaterThan(20);
        const corner = pixel(png, 1, png.height - 2);
        if (theme === 'light') expect(corner).toEqual([255, 255, 255, 255]);
        if (theme === 'dark') expect(corner).toEqual([0x0f, 0x17, 0x2a, 255]);
        if (theme === 'transparent') expect(corner[3]).toBe(0);
      }
    }
  });

  it('draws the text with a real font (Inter from @fontsource, unpacked from WOFF)', () => {
    expect(pngFonts().source).toBe('inter');
    const svg = toSvg(web.model, web.layout, { theme: 'light' });
    const withText = PNG.sync.read(Buffer.from(toPng(svg)));
    const without = PNG.sync.read(Buffer.from(toPng(svg.replace(/<text\b[\s\S]*?<\/text>/g, ''))));
    let differing = 0;
    for (let i = 0; i < withText.data.length; i += 4) if (withText.data[i] !== without.data[i]) differing++;
    expect(differing).toBeGreaterThan(5000);
  });

  it('refuses, rather than crashing the process on, SVG drawn far outside its canvas', () => {
    const marker = '<defs><marker id="m" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto"><path d="M0 1L10 5L0 9z"/></marker></defs>';
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100" viewBox="0 0 100 100">${marker}<path d="M188 24 L294 24" stroke="black" marker-end="url(#m)"/></svg>`;
    expect(() => toPng(svg)).toThrow(/outside its viewBox/);
    expect(() => toPng(svg, { scale: 0 })).toThrow(RangeError);
    expect(() => toPng(toSvg(web.model, web.layout, { theme: 'light' }), { scale: 8, maxPixels: 1_000_000 })).toThrow(/too large/);
  });
});
