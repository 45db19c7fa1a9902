import { beforeAll, describe, expect, it } from 'vitest';
import { toDrawio } from '../../src/core/export/drawio';
import { switchProvider } from '../../src/core/architecture/provider';
import { loadCatalog } from '../../src/core/catalog/load';
import { drawioShape } from '../../src/core/export/official-icons';
import { readTrees } from '../../src/node/read-trees';
import { LAYOUT_TIMEOUT, allCases, expectGolden, fixtureCases, frozenLayout, type ExportCase } from './cases';
import { parseXml, type XmlElement } from './xml-tree';

let cases: ExportCase[] = [];
const catalog = loadCatalog(readTrees().catalog).catalog;
beforeAll(async () => {
  cases = await allCases();
}, LAYOUT_TIMEOUT);

type Cell = { id: string; label: string; parent?: string; vertex: boolean; edge: boolean; source?: string; target?: string; style: string; geometry?: XmlElement };

/** The cells of a draw.io file in document order, unwrapping UserObject/object wrappers. */
function cells(xml: string): Cell[] {
  const root = parseXml(xml);
  expect(root.tag).toBe('mxfile');
  const diagram = root.children.find((e) => e.tag === 'diagram')!;
  const model = diagram.children.find((e) => e.tag === 'mxGraphModel')!;
  const cellRoot = model.children.find((e) => e.tag === 'root')!;
  return cellRoot.children.map((el) => {
    const wrapped = el.tag === 'UserObject' || el.tag === 'object';
    const cell = wrapped ? el.children.find((c) => c.tag === 'mxCell')! : el;
    expect(cell.tag).toBe('mxCell');
    return {
      id: (wrapped ? el.attrs.id : cell.attrs.id)!,
      label: (wrapped ? el.attrs.label : cell.attrs.value) ?? '',
      parent: cell.attrs.parent,
      vertex: cell.attrs.vertex === '1',
      edge: cell.attrs.edge === '1',
      source: cell.attrs.source,
      target: cell.attrs.target,
      style: cell.attrs.style ?? '',
      geometry: cell.children.find((c) => c.tag === 'mxGeometry'),
    };
  });
}

const geo = (g: XmlElement | undefined) => ({ x: Number(g?.attrs.x ?? 0), y: Number(g?.attrs.y ?? 0), width: Number(g?.attrs.width ?? 0), height: Number(g?.attrs.height ?? 0) });
const close = (a: number, b: number) => Math.abs(a - b) < 0.02;

describe('toDrawio', () => {
  it('has the root cells, one cell per container, node and edge, parents before children', () => {
    for (const c of cases) {
      const list = cells(toDrawio(c.model, c.layout));
      expect(list[0]).toMatchObject({ id: '0' });
      expect(list[1]).toMatchObject({ id: '1', parent: '0' });
      const ids = list.map((x) => x.id);
      expect(new Set(ids).size, c.name).toBe(ids.length);
      expect(ids.filter((i) => i.startsWith('c:')).sort()).toEqual(c.model.containers.map((x) => `c:${x.id}`).sort());
      expect(ids.filter((i) => i.startsWith('n:')).sort()).toEqual(c.model.nodes.map((x) => `n:${x.id}`).sort());
      expect(ids.filter((i) => i.startsWith('e:')).sort()).toEqual(c.model.edges.map((x) => `e:${x.id}`).sort());
      list.slice(2).forEach((cell, i) => expect(ids.slice(0, i + 2), `${c.name}: ${cell.id}'s parent comes first`).toContain(cell.parent));
    }
  });

  it('makes containers parent cells and keeps child geometry relative to, and inside, the parent', () => {
    for (const c of cases) {
      const list = cells(toDrawio(c.model, c.layout));
      const byId = new Map(list.map((x) => [x.id, x]));
      const absolute = (id: string): { x: number; y: number } => {
        const cell = byId.get(id)!;
        const own = geo(cell.geometry);
        if (!cell.parent || cell.parent === '1') return own;
        const p = absolute(cell.parent);
        return { x: p.x + own.x, y: p.y + own.y };
      };
      for (const item of [...c.model.containers, ...c.model.nodes]) {
        const kind = c.model.containers.includes(item as never) ? 'c' : 'n';
        const cell = byId.get(`${kind}:${item.id}`)!;
        expect(cell.vertex).toBe(true);
        expect(cell.parent, `${c.name}: ${item.id}`).toBe(item.parent ? `c:${item.parent}` : '1');
        if (kind === 'c') expect(cell.style).toContain('container=1');
        const box = [...c.layout.containers, ...c.layout.nodes].find((b) => b.id === item.id)!;
        const abs = absolute(cell.id);
        expect(close(abs.x, box.x) && close(abs.y, box.y), `${c.name}: ${item.id} at its laid-out place`).toBe(true);
        const g = geo(cell.geometry);
        expect([close(g.width, box.width), close(g.height, box.height)]).toEqual([true, true]);
        if (item.parent) {
          const parent = geo(byId.get(`c:${item.parent}`)!.geometry);
          expect(g.x >= 0 && g.y >= 0 && g.x + g.width <= parent.width + 0.01 && g.y + g.height <= parent.height + 0.01, `${c.name}: ${item.id} inside ${item.parent}`).toBe(true);
        }
      }
    }
  });

  it('draws edges as orthogonal edge cells between the right cells, with the route and label kept', () => {
    for (const c of cases) {
      const list = cells(toDrawio(c.model, c.layout));
      const byId = new Map(list.map((x) => [x.id, x]));
      const origin = (id: string | undefined): { x: number; y: number } => {
        if (!id || id === '1') return { x: 0, y: 0 };
        const cell = byId.get(id)!;
        const o = origin(cell.parent);
        const g = geo(cell.geometry);
        return { x: o.x + g.x, y: o.y + g.y };
      };
      for (const e of c.model.edges) {
        const cell = byId.get(`e:${e.id}`)!;
        expect(cell.edge).toBe(true);
        expect(cell.style).toContain('edgeStyle=orthogonalEdgeStyle');
        expect(byId.has(cell.source!) && byId.has(cell.target!)).toBe(true);
        expect(cell.source!.slice(2)).toBe(e.from);
        expect(cell.target!.slice(2)).toBe(e.to);
        expect(cell.label).toBe((e.label ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'));
        const laid = c.layout.edges.find((l) => l.id === e.id)!;
        const o = origin(cell.parent);
        const points = (cell.geometry?.children.find((x) => x.tag === 'Array')?.children ?? []).map((p) => ({ x: o.x + Number(p.attrs.x), y: o.y + Number(p.attrs.y) }));
        const expected = laid.points.slice(1, -1);
        expect(points.length, `${c.name}: ${e.id} waypoints`).toBe(expected.length);
        points.forEach((p, i) => expect(close(p.x, expected[i]!.x) && close(p.y, expected[i]!.y)).toBe(true));
        if (e.style === 'async' || e.style === 'replication') expect(cell.style).toContain('dashed=1');
      }
    }
  });

  it('opens with draw.io\'s own shapes: each mapped service carries its native icon, AWS containers are AWS groups', () => {
    for (const c of cases) {
      const list = cells(toDrawio(c.model, c.layout));
      const byId = new Map(list.map((x) => [x.id, x]));
      for (const n of c.model.nodes) {
        const shape = drawioShape(n.service);
        const card = byId.get(`n:${n.id}`)!;
        const icon = byId.get(`i:${n.id}`);
        if (!shape) {
          expect(icon, `${c.name}: ${n.service} has no native shape`).toBeUndefined();
          expect(card.style).toContain('image=data:image/svg+xml,');
          continue;
        }
        expect(icon, `${c.name}: ${n.service}`).toBeDefined();
        expect(icon!.parent).toBe(`n:${n.id}`);
        expect(card.style).not.toContain('image=');
        const want = shape.library === 'aws4'
          ? ('resIcon' in shape ? `resIcon=mxgraph.aws4.${shape.resIcon};` : `shape=mxgraph.aws4.${shape.shape};`)
          : shape.library === 'gcp2' ? `shape=mxgraph.gcp2.hexIcon;prIcon=${shape.prIcon};` : `image=img/lib/azure2/${shape.image};`;
        expect(icon!.style, `${c.name}: ${n.service}`).toContain(want);
      }
    }
  });

  it('draws AWS regions, VPCs and subnets as AWS group shapes, and switched architectures with GCP and Azure shapes', () => {
    const web = cases.find((c) => c.name === 'web-app-dr')!;
    const list = cells(toDrawio(web.model, web.layout));
    const style = (kind: string, tier?: string) => list.find((x) => {
      const c = web.model.containers.find((m) => `c:${m.id}` === x.id);
      return c?.kind === kind && (tier === undefined || c.tier === tier);
    })?.style ?? '';
    expect(style('region')).toContain('grIcon=mxgraph.aws4.group_region;');
    expect(style('vpc')).toContain('grIcon=mxgraph.aws4.group_vpc;');
    expect(style('subnet', 'private')).toContain('grIcon=mxgraph.aws4.group_security_group;');
    expect(style('subnet', 'private')).toContain('fillColor=#E6F2F8;');
    // AWS has public and private subnet groups only: a data tier is drawn as a private subnet.
    expect(style('subnet', 'data')).toContain('fillColor=#E6F2F8;');
    for (const s of [style('region'), style('vpc'), style('subnet', 'private')]) expect(s).toContain('container=1');

    const gen = cases.find((c) => c.name === 'generated-10')!;
    for (const to of ['gcp', 'azure'] as const) {
      const model = switchProvider(gen.model, catalog, to);
      const styles = cells(toDrawio(model, gen.layout)).filter((x) => x.id.startsWith('i:')).map((x) => x.style);
      expect(styles.length, to).toBeGreaterThan(0);
      for (const s of styles) expect(s, to).toContain(to === 'gcp' ? 'shape=mxgraph.gcp2.hexIcon;' : 'image=img/lib/azure2/');
    }
  });

  it('matches the golden files (drawn from frozen layouts, so ELK changes do not move them)', async () => {
    for (const c of await fixtureCases()) expectGolden(`${c.name}.drawio`, toDrawio(c.model, frozenLayout(c)));
  });
});
