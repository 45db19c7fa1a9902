import { D2 } from '@terrastruct/d2';
import { afterAll, describe, expect, it } from 'vitest';
import type { Architecture } from '../../src/core/architecture/model';
import { projectView } from '../../src/core/architecture/views';
import { toD2 } from '../../src/core/export/d2';
import { everyDiagram } from './every-diagram';

/**
 * The D2 export checked by D2 itself: @terrastruct/d2 is the D2 compiler built to WebAssembly
 * by its authors (dev dependency only). Each file must compile, and the compiled diagram must
 * hold every service once with its name, inside the boxes the model puts it in, and every
 * flow with its label.
 */

const d2 = new D2();
type Compiled = { shapes: { id: string; label: string }[]; connections: { src: string; dst: string; label: string }[] };
const compile = async (text: string): Promise<Compiled> => (await d2.compile(text)).diagram as unknown as Compiled;

afterAll(() => {
  // The WebAssembly worker would keep the test process alive.
  (d2 as unknown as { worker?: { terminate?: () => void } }).worker?.terminate?.();
});

/** What D2 made of the export, against the model: problems, none when faithful. */
async function unfaithful(model: Architecture): Promise<string[]> {
  const diagram = await compile(toD2(model));
  const shapes = new Map(diagram.shapes.map((s) => [s.id, s.label]));
  const byLeaf = new Map(diagram.shapes.map((s) => [s.id.split('.').at(-1)!, s.id]));
  const problems: string[] = [];
  const parents = new Map<string, string | undefined>([...model.containers, ...model.nodes].map((e) => [e.id, e.parent]));
  const pathOf = new Map<string, string>();
  const containers = new Set(model.containers.map((c) => c.id));
  for (const n of [...model.containers, ...model.nodes]) {
    // The export's keys: a prefix and the id with anything but letters and digits as "_".
    const id = byLeaf.get(`${containers.has(n.id) ? 'box' : 'svc'}_${n.id.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '')}`);
    if (!id) {
      problems.push(`${n.id}: not drawn`);
      continue;
    }
    pathOf.set(n.id, id);
    if (!shapes.get(id)!.includes(n.label)) problems.push(`${n.id}: labelled ${JSON.stringify(shapes.get(id))}, not ${JSON.stringify(n.label)}`);
  }
  for (const [id, path] of pathOf) {
    const parent = parents.get(id);
    const expected = parent ? pathOf.get(parent) : undefined;
    const actual = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : undefined;
    if (actual !== expected) problems.push(`${id}: inside ${actual ?? 'nothing'}, not ${expected ?? 'nothing'}`);
  }
  if (diagram.connections.length !== model.edges.length) problems.push(`${diagram.connections.length} connections for ${model.edges.length} flows`);
  for (const e of model.edges) {
    const found = diagram.connections.some((c) => c.src === pathOf.get(e.from) && c.dst === pathOf.get(e.to) && c.label === (e.label ?? ''));
    if (!found) problems.push(`${e.from} → ${e.to}: no such connection`);
  }
  return problems;
}

describe('D2 export', () => {
  it('compiles and keeps every service, box and labelled flow of the composed five-guide views', async () => {
    const composed = everyDiagram().filter((d) => d.name.startsWith('composed-'));
    expect(composed.length).toBeGreaterThanOrEqual(1);
    for (const { name, model } of composed) {
      for (const view of ['full', 'logical', 'deployment'] as const) expect(await unfaithful(projectView(model, view)), `${name} ${view}`).toEqual([]);
    }
  }, 120_000);

  it('compiles one diagram of every guide faithfully', async () => {
    const firstOfEach = new Map<string, Architecture>();
    for (const d of everyDiagram()) if (!d.name.startsWith('composed-')) firstOfEach.set(d.name.split('/')[0]!, firstOfEach.get(d.name.split('/')[0]!) ?? d.model);
    expect(firstOfEach.size).toBeGreaterThanOrEqual(30);
    for (const [guide, model] of firstOfEach) expect(await unfaithful(model), guide).toEqual([]);
  }, 180_000);

  it('escapes what D2 would read as syntax: quotes, backslashes, substitutions, braces, comments, line ends', async () => {
    const why = { guide: 'g', outcome: 'o', reason: 'a "reason" with ${var} and \\ too', answers: [] };
    const tricky = 'Queue "main" ${env} {a}; #1 \\ $5 ⇄ 日本';
    const model: Architecture = {
      version: 1,
      title: 'Title with "quotes" and ${x}',
      containers: [{ id: 'label', kind: 'region', label: 'Region {us-east-1} #east', provenance: why }],
      nodes: [
        { id: 'shape', service: 'generic.service', label: tricky, serviceName: 'Line one\nline two', provider: 'generic', category: 'compute', parent: 'label', provenance: why },
        { id: 'style', service: 'generic.service', label: 'near', serviceName: 'near', provider: 'generic', category: 'compute', provenance: why },
      ],
      edges: [{ id: 'e', from: 'style', to: 'shape', label: 'reads "x" ${y}', style: 'async', provenance: why }],
    };
    const diagram = await compile(toD2(model));
    const labels = diagram.shapes.map((s) => s.label);
    expect(labels).toContain(`${tricky}\nLine one\nline two`);
    expect(labels).toContain('REGION\nRegion {us-east-1} #east');
    expect(diagram.connections.map((c) => c.label)).toEqual(['reads "x" ${y}']);
    expect(await unfaithful(model)).toEqual([]);
  }, 60_000);
});
