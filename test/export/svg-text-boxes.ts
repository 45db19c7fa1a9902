import type { Weight } from './font-measure';
import { findAll, parseXml, type XmlElement } from './xml-tree';

/**
 * Every line of text an exported SVG draws, with the style svg-style.ts gives it and the
 * right-hand limit it must stay left of: a node's label and service lines inside the node's
 * box, a container's caption and name inside the container, an edge label inside its halo,
 * the title inside the canvas.
 */
export type TextLine = { what: string; text: string; size: number; weight: Weight; spacing: number; left: number; limit: number; centred: boolean };

const STYLE: Record<string, { size: number; weight: Weight; spacing?: number }> = {
  'node-label': { size: 12.5, weight: 600 },
  'node-service': { size: 10.5, weight: 400 },
  'ct-label': { size: 12, weight: 600 },
  'ct-kind': { size: 10.5, weight: 700, spacing: 0.06 },
  title: { size: 16, weight: 700 },
  'edge-text': { size: 11, weight: 400 },
};

const cls = (el: XmlElement) => (el.attrs.class ?? '').split(/\s+/);
const has = (el: XmlElement, c: string) => cls(el).includes(c);
const n = (v: string | undefined) => Number(v ?? NaN);

function linesOf(text: XmlElement): { text: string; x: number }[] {
  const spans = text.children.filter((c) => c.tag === 'tspan');
  return spans.length ? spans.map((s) => ({ text: s.text, x: n(s.attrs.x) })) : [{ text: text.text, x: n(text.attrs.x) }];
}

export function svgTextLines(svg: string): TextLine[] {
  const root = parseXml(svg);
  const [vx, , vw] = (root.attrs.viewBox ?? '').split(/\s+/).map(Number) as [number, number, number, number];
  const out: TextLine[] = [];
  const push = (what: string, text: XmlElement, limit: number, centred = false) => {
    const kind = Object.keys(STYLE).find((k) => has(text, k))!;
    const style = STYLE[kind]!;
    for (const line of linesOf(text)) {
      out.push({ what: `${what} ${kind}`, text: line.text, size: style.size, weight: style.weight, spacing: style.spacing ?? 0, left: line.x, limit, centred });
    }
  };
  for (const g of findAll(root, (e) => e.tag === 'g' && has(e, 'node'))) {
    const box = g.children.find((c) => c.tag === 'rect' && has(c, 'node-box'))!;
    for (const t of g.children.filter((c) => c.tag === 'text' && (has(c, 'node-label') || has(c, 'node-service')))) push(`node ${g.attrs['data-id']}`, t, n(box.attrs.x) + n(box.attrs.width));
  }
  for (const g of findAll(root, (e) => e.tag === 'g' && has(e, 'container'))) {
    const box = g.children.find((c) => c.tag === 'rect')!;
    for (const t of g.children.filter((c) => c.tag === 'text')) push(`container ${g.attrs['data-id']}`, t, n(box.attrs.x) + n(box.attrs.width));
  }
  for (const g of findAll(root, (e) => e.tag === 'g' && has(e, 'edge-label'))) {
    const halo = g.children.find((c) => c.tag === 'rect')!;
    const t = g.children.find((c) => c.tag === 'text')!;
    // Centred text: the limit is the halo's half-width either side of the centre.
    push(`edge label ${g.attrs['data-edge']}`, t, n(halo.attrs.width) / 2, true);
  }
  for (const t of findAll(root, (e) => e.tag === 'text' && has(e, 'title'))) push('title', t, vx + vw);
  return out;
}
