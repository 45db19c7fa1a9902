import { describe, expect, it } from 'vitest';
import type { Architecture, Layout, Provenance } from '../../src/core/architecture/model';
import { layoutArchitecture } from '../../src/core/layout/elk-layout';
import { NODE_HEIGHT, NODE_WIDTH } from '../../src/core/layout/sizes';
import { createNodeElk } from '../../src/node/elk';
import { Z, toFlow } from '../../src/renderer/src/diagram/to-flow';

const why = (reason: string): Provenance => ({ guide: 'g', outcome: 'o', reason, answers: [] });
const model: Architecture = {
  version: 1,
  title: 'Nested',
  containers: [
    { id: 'region', kind: 'region', label: 'eu-west-1', provenance: why('region') },
    { id: 'vpc', kind: 'vpc', label: 'VPC', parent: 'region', provenance: why('vpc') },
    { id: 'private', kind: 'subnet', tier: 'private', label: 'Private', parent: 'vpc', provenance: why('subnet') },
  ],
  nodes: [
    { id: 'users', service: 'generic.client', label: 'Users', serviceName: 'Users', provider: 'generic', category: 'client', provenance: why('users') },
    { id: 'app', service: 'aws.ecs', label: 'App', serviceName: 'Amazon ECS', provider: 'aws', category: 'containers', parent: 'private', provenance: why('app') },
    { id: 'db', service: 'aws.rds', label: 'DB', serviceName: 'Amazon RDS', provider: 'aws', category: 'database', parent: 'vpc', provenance: why('db') },
  ],
  edges: [
    { id: 'e0', from: 'users', to: 'app', label: 'HTTPS', style: 'sync', provenance: why('calls') },
    { id: 'e1', from: 'app', to: 'db', style: 'replication', provenance: why('writes') },
  ],
};

describe('toFlow', () => {
  it('maps containers parents-first with relative positions, parentId and extent', async () => {
    const layout = await layoutArchitecture(model, createNodeElk());
    const { nodes } = toFlow(layout, model);
    expect(nodes.slice(0, 3).map((n) => n.id)).toEqual(['region', 'vpc', 'private']);
    // services in reading order, the order Tab visits them
    const services = nodes.slice(3);
    expect(services.map((n) => n.id).sort()).toEqual(['app', 'db', 'users']);
    const xs = services.map((n) => n.data.box.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    const index = new Map(nodes.map((n, i) => [n.id, i]));
    for (const n of nodes) {
      if (n.parentId) {
        expect(index.get(n.parentId)!, `${n.id} after its parent`).toBeLessThan(index.get(n.id)!);
        expect(n.extent).toBe('parent');
      } else {
        expect(n.extent).toBeUndefined();
      }
    }
    // relative positions add up to the absolute layout
    const abs = new Map<string, { x: number; y: number }>();
    for (const n of nodes) {
      const parent = n.parentId ? abs.get(n.parentId)! : { x: 0, y: 0 };
      abs.set(n.id, { x: parent.x + n.position.x, y: parent.y + n.position.y });
      expect(abs.get(n.id)).toEqual({ x: n.data.box.x, y: n.data.box.y });
    }
  });

  it('types, sizes and tags nodes for styling and tests', async () => {
    const layout = await layoutArchitecture(model, createNodeElk());
    const { nodes } = toFlow(layout, model);
    const app = nodes.find((n) => n.id === 'app')!;
    expect(app).toMatchObject({ type: 'service', parentId: 'private', width: NODE_WIDTH, height: NODE_HEIGHT, draggable: false, zIndex: Z.service });
    expect(app.domAttributes).toMatchObject({ 'data-kind': 'service', 'data-provider': 'aws' });
    const vpc = nodes.find((n) => n.id === 'vpc')!;
    expect(vpc).toMatchObject({ type: 'container', parentId: 'region', zIndex: Z.container + 1 });
    expect(vpc.domAttributes).toMatchObject({ 'data-kind': 'container', 'data-container-kind': 'vpc' });
    expect(nodes.every((n) => n.type === 'service' ? n.zIndex! > Z.edge : n.zIndex! < Z.edge)).toBe(true);
  });

  it('keeps ELK routes and label positions on the edges, in model order', async () => {
    const layout = await layoutArchitecture(model, createNodeElk());
    const { edges } = toFlow(layout, model);
    expect(edges.map((e) => [e.id, e.source, e.target, e.type])).toEqual([['e0', 'users', 'app', 'arch'], ['e1', 'app', 'db', 'arch']]);
    expect(edges[0]!.data!.points).toEqual(layout.edges[0]!.points);
    expect(edges[0]!.data!.labelAt).toEqual(layout.edges[0]!.labelAt);
    expect(edges[0]!.data!.title).toBe('HTTPS — synchronous call from Users to App');
    expect(edges[1]!.domAttributes).toMatchObject({ 'data-style': 'replication' });
  });

  it('skips laid-out elements the model does not know and edges without a route', () => {
    const layout: Layout = {
      width: 10, height: 10, containers: [],
      nodes: [{ id: 'ghost', x: 0, y: 0, width: 1, height: 1, relX: 0, relY: 0, depth: 0 }],
      edges: [{ id: 'e0', from: 'users', to: 'app', points: [] }],
    };
    expect(toFlow(layout, model)).toEqual({ nodes: [], edges: [] });
  });
});
