import { beforeAll, describe, expect, it } from 'vitest';
import type { Box } from '../../src/core/architecture/model';
import { SVG_MARGIN, svgFrame, toSvg } from '../../src/core/export/svg';
import { LAYOUT_TIMEOUT, allCases, type ExportCase } from './cases';
import { findAll, parseXml, textOf, type XmlElement } from './xml-tree';

let cases: ExportCase[] = [];
beforeAll(async () => {
  cases = await allCases();
}, LAYOUT_TIMEOUT);

const inside = (outer: Box, inner: Box) =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;

function viewBox(root: XmlElement): Box {
  const [x, y, width, height] = root.attrs.viewBox!.split(' ').map(Number) as [number, number, number, number];
  return { x, y, width, height };
}

/** Every coordinate pair of an edge path (M/L/Q commands with absolute numbers). */
function pathPoints(d: string): { x: number; y: number }[] {
  const numbers = d.replace(/[MLQZ]/g, ' ').trim().split(/\s+/).filter(Boolean).map(Number);
  const points: { x: number; y: number }[] = [];
  for (let i = 0; i + 1 < numbers.length; i += 2) points.push({ x: numbers[i]!, y: numbers[i + 1]! });
  return points;
}

describe('toSvg', () => {
  it('has cases to check, fixture and generated at least', () => {
    expect(cases.length).toBeGreaterThanOrEqual(5);
  });

  it('is valid standalone XML with every container, node and edge, once each, and labelled edges labelled', () => {
    for (const c of cases) {
      const svg = toSvg(c.model, c.layout, { theme: 'light', title: c.model.title });
      const root = parseXml(svg);
      expect(root.tag, c.name).toBe('svg');
      expect(root.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
      const byClass = (cls: string) => findAll(root, (e) => e.tag === 'g' && e.attrs.class === cls).map((e) => e.attrs['data-id']).sort();
      expect(byClass('container'), c.name).toEqual(c.model.containers.map((x) => x.id).sort());
      expect(byClass('node'), c.name).toEqual(c.model.nodes.map((x) => x.id).sort());
      expect(byClass('edge'), c.name).toEqual(c.model.edges.map((x) => x.id).sort());
      const labels = findAll(root, (e) => e.attrs.class === 'edge-label').map((e) => e.attrs['data-edge']).sort();
      expect(labels, c.name).toEqual(c.model.edges.filter((e) => e.label).map((e) => e.id).sort());
      const ids = findAll(root, (e) => e.attrs.id !== undefined).map((e) => e.attrs.id);
      expect(new Set(ids).size, `${c.name}: ids are unique`).toBe(ids.length);
      // Every edge path has an arrowhead marker that exists in <defs>.
      const markers = new Set(findAll(root, (e) => e.tag === 'marker').map((e) => e.attrs.id));
      for (const path of findAll(root, (e) => e.tag === 'path' && (e.attrs.class ?? '').startsWith('edge-line'))) {
        expect(markers.has(path.attrs['marker-end']!.replace(/^url\(#(.*)\)$/, '$1')), c.name).toBe(true);
      }
    }
  });

  it('fits the viewBox to all content with a margin, and sizes the image to it', () => {
    for (const c of cases) {
      const root = parseXml(toSvg(c.model, c.layout, { theme: 'light' }));
      const view = viewBox(root);
      expect(root.attrs.width, c.name).toBe(String(view.width));
      expect(root.attrs.height, c.name).toBe(String(view.height));
      expect(Number.isInteger(view.width) && Number.isInteger(view.height)).toBe(true);
      const inner = { x: view.x + SVG_MARGIN - 1, y: view.y + SVG_MARGIN - 1, width: view.width - 2 * SVG_MARGIN + 2, height: view.height - 2 * SVG_MARGIN + 2 };
      for (const b of [...c.layout.containers, ...c.layout.nodes]) expect(inside(inner, b), `${c.name}: ${b.id} inside the viewBox margin`).toBe(true);
      for (const rect of findAll(root, (e) => e.tag === 'rect' && e.attrs.id !== 'background')) {
        const box = { x: Number(rect.attrs.x), y: Number(rect.attrs.y), width: Number(rect.attrs.width), height: Number(rect.attrs.height) };
        expect(inside(view, box), `${c.name}: rect ${JSON.stringify(box)}`).toBe(true);
      }
      for (const path of findAll(root, (e) => e.tag === 'path' && (e.attrs.class ?? '').startsWith('edge-line'))) {
        for (const p of pathPoints(path.attrs.d!)) expect(inside(view, { ...p, width: 0, height: 0 }), `${c.name}: edge point`).toBe(true);
      }
      expect(svgFrame(c.model, c.layout)).toEqual(view);
    }
  });

  it('draws each node at its laid-out box with its label, service name and provider stripe', () => {
    for (const c of cases) {
      const root = parseXml(toSvg(c.model, c.layout, { theme: 'light' }));
      for (const n of c.model.nodes) {
        const g = findAll(root, (e) => e.attrs.class === 'node' && e.attrs['data-id'] === n.id)[0]!;
        const box = c.layout.nodes.find((b) => b.id === n.id)!;
        const rect = g.children.find((e) => e.tag === 'rect' && e.attrs.class === 'node-box')!;
        expect([Number(rect.attrs.x), Number(rect.attrs.y), Number(rect.attrs.width), Number(rect.attrs.height)]).toEqual(
          [box.x, box.y, box.width, box.height].map((v) => Math.round(v * 100) / 100),
        );
        const label = textOf(g.children.find((e) => e.attrs.class === 'node-label')!);
        // Wrapped lines joined back give the label (or its ellipsized start).
        expect(n.label.replace(/\s+/g, '').startsWith(label.replace(/…$/, '').replace(/\s+/g, '')), `${c.name}: ${n.id} label "${label}"`).toBe(true);
        expect(g.children.some((e) => e.tag === 'path' && e.attrs.class === `pv-${n.provider}`)).toBe(true);
        expect(g.children.some((e) => e.tag === 'path' && (e.attrs.class ?? '').startsWith('icon '))).toBe(true);
        expect(g.attrs['data-service']).toBe(n.service);
      }
    }
  });

  it('styles edges by kind: sync solid, async dashed, replication dotted in its own colour, network thick', async () => {
    const c = cases.find((x) => x.name === 'web-app-dr')!;
    const svg = toSvg(c.model, c.layout, { theme: 'light' });
    const css = /<style>([\s\S]*)<\/style>/.exec(svg)![1]!;
    const rule = (cls: string) => new RegExp(`\\.${cls}\\{([^}]*)\\}`).exec(css)?.[1] ?? '';
    expect(rule('es-sync')).not.toContain('dasharray');
    expect(rule('es-async')).toContain('stroke-dasharray:6 4');
    expect(rule('es-replication')).toContain('stroke-dasharray:1.5 3.5');
    expect(rule('es-network')).toContain('stroke-width:3');
    const colour = (cls: string) => /stroke:(#[0-9A-F]+)/i.exec(rule(cls))![1];
    expect(new Set(['es-sync', 'es-async', 'es-replication'].map(colour)).size).toBe(3);
    expect(new Set(c.model.edges.map((e) => e.style))).toEqual(new Set(['sync', 'async', 'replication', 'network']));
  });

  it('escapes text: labels with <, & and quotes come back unchanged, and nothing refers outside the file', () => {
    const c = cases.find((x) => x.name === 'web-app-dr')!;
    const svg = toSvg(c.model, c.layout, { theme: 'light', title: 'A <b> & "c"' });
    const root = parseXml(svg);
    expect(textOf(findAll(root, (e) => e.attrs.class === 'title')[0]!)).toBe('A <b> & "c"');
    // A label wrapped over two lines is two tspans: join them as a reader would.
    const texts = findAll(root, (e) => e.attrs.class === 'node-label').map((t) => t.children.map(textOf).join(' '));
    expect(texts).toContain('Orders <API> A');
    expect(texts).toContain('Users & "partners"');
    expect(findAll(root, (e) => e.attrs.class === 'edge-label').map(textOf)).toContain('cross-region < 1 s');
    expect(svg).not.toMatch(/href=|url\((?!#)|@import|<script|<image/i);
    expect(svg).toContain("Inter, 'Segoe UI', Helvetica, Arial, sans-serif");
  });

  it('survives hostile text: control characters, lone surrogates, markup', () => {
    const c = cases.find((x) => x.name === 'tiny-fifo')!;
    const model = {
      ...c.model,
      nodes: c.model.nodes.map((n, i) => (i === 0 ? { ...n, label: 'a\u0001b\uD800c</text><script>x</script>]]>&amp;' } : n)),
    };
    const root = parseXml(toSvg(model, c.layout, { theme: 'dark' }));
    expect(findAll(root, (e) => e.tag === 'script')).toHaveLength(0);
  });

  it('paints the theme: light and dark backgrounds, none for transparent', () => {
    const c = cases.find((x) => x.name === 'tiny-fifo')!;
    const light = toSvg(c.model, c.layout, { theme: 'light' });
    const dark = toSvg(c.model, c.layout, { theme: 'dark' });
    const transparent = toSvg(c.model, c.layout, { theme: 'transparent' });
    expect(light).toContain('.bg{fill:#FFFFFF}');
    expect(dark).toContain('.bg{fill:#0F172A}');
    expect(transparent).not.toContain('id="background"');
    expect(toSvg(c.model, c.layout, { theme: 'light' })).toBe(light); // deterministic
  });

  it('refuses a layout that does not match the model instead of drawing half a diagram', () => {
    const c = cases.find((x) => x.name === 'tiny-fifo')!;
    expect(() => toSvg(c.model, { ...c.layout, nodes: c.layout.nodes.slice(1) }, { theme: 'light' })).toThrow(/no box for node/);
  });
});
