import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { switchProvider } from '../../src/core/architecture/provider';
import { loadCatalog } from '../../src/core/catalog/load';
import { toSvg } from '../../src/core/export/svg';
import { toPng } from '../../src/node/export-png';
import { loadOfficialIcons } from '../../src/node/official-icons';
import { readTrees } from '../../src/node/read-trees';
import { LAYOUT_TIMEOUT, generatedCases, type ExportCase } from './cases';
import { parseXml, type XmlElement } from './xml-tree';

/** Official icons in the SVG export (embedded, standalone, deterministic) and in the PNG rasterised from it. */

let generated: ExportCase;
beforeAll(async () => {
  generated = (await generatedCases()).find((c) => c.name === 'generated-10')!;
}, LAYOUT_TIMEOUT);

const all = (el: XmlElement, tag: string): XmlElement[] => [...(el.tag === tag ? [el] : []), ...el.children.flatMap((c) => all(c, tag))];
const viewBox = (svg: string) => /viewBox="(-?[\d.]+) (-?[\d.]+)/.exec(svg)!.slice(1).map(Number) as [number, number];
const pixel = (png: PNG, x: number, y: number) => [...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 3)];

describe('SVG and PNG with official icons', () => {
  it('embeds each icon once as a symbol and draws every mapped node with it, with no outside reference', async () => {
    const icons = await loadOfficialIcons(generated.model);
    expect(icons.size).toBeGreaterThan(0);
    const svg = toSvg(generated.model, generated.layout, { theme: 'light', icons });
    const root = parseXml(svg);
    const symbols = all(root, 'symbol');
    const uses = all(root, 'use');
    expect(new Set(symbols.map((s) => s.attrs.id)).size).toBe(symbols.length);
    expect(symbols.length).toBe(new Set([...icons.values()].map((i) => i.id)).size);
    const mapped = generated.model.nodes.filter((n) => icons.has(n.service));
    expect(uses.length).toBe(mapped.length);
    for (const u of uses) expect(symbols.map((s) => `#${s.attrs.id}`)).toContain(u.attrs.href);
    expect(svg).not.toMatch(/(?:href|src)="(?:https?:|\/\/|file:)/);
    // Nodes without an official icon keep the category glyph.
    const glyphs = all(root, 'path').filter((p) => (p.attrs.class ?? '').split(' ').includes('icon'));
    expect(glyphs.length).toBe(generated.model.nodes.length - mapped.length);
    // Deterministic: the same model and icons give the same bytes.
    expect(toSvg(generated.model, generated.layout, { theme: 'light', icons: await loadOfficialIcons(generated.model) })).toBe(svg);
  });

  it('rasterises the official icon: the SQS node shows AWS\'s application-integration pink where the glyph tile was', async () => {
    const icons = await loadOfficialIcons(generated.model);
    const queue = generated.model.nodes.find((n) => n.service === 'aws.sqs')!;
    const box = generated.layout.nodes.find((b) => b.id === queue.id)!;
    const at = { x: box.x + 16 + 4, y: box.y + box.height / 2 - 16 + 4 };
    const render = (withIcons: boolean) => {
      const svg = toSvg(generated.model, generated.layout, { theme: 'light', ...(withIcons ? { icons } : {}) });
      const [vx, vy] = viewBox(svg);
      const png = PNG.sync.read(Buffer.from(toPng(svg, { scale: 1 })));
      return pixel(png, Math.round(at.x - vx), Math.round(at.y - vy));
    };
    const [r, g, b] = render(true);
    // #E7157B in the aws-icons SQS file, allowing for anti-aliasing.
    expect(Math.abs(r! - 0xe7) + Math.abs(g! - 0x15) + Math.abs(b! - 0x7b)).toBeLessThan(24);
    expect(render(false)).not.toEqual([r, g, b]);
  });

  it('swaps to the Azure and Google Cloud icons after a provider switch, and still renders', async () => {
    const catalog = loadCatalog(readTrees().catalog).catalog;
    for (const to of ['azure', 'gcp'] as const) {
      const model = switchProvider(generated.model, catalog, to);
      const icons = await loadOfficialIcons(model);
      const prefix = to === 'azure' ? 'oi-azure-' : 'oi-gcp-';
      expect([...icons.values()].some((i) => i.id.startsWith(prefix)), to).toBe(true);
      const svg = toSvg(model, generated.layout, { theme: 'dark', icons });
      expect(all(parseXml(svg), 'symbol').every((s) => s.attrs.id!.startsWith(prefix) || !s.attrs.id!.startsWith('oi-aws'))).toBe(true);
      const png = toPng(svg, { scale: 1 });
      expect(png.length).toBeGreaterThan(1000);
    }
  });
});
