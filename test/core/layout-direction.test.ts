import { describe, expect, it } from 'vitest';
import type { ArchNode, Architecture, Provenance } from '../../src/core/architecture/model';
import { layoutArchitecture } from '../../src/core/layout/elk-layout';
import { checkLayout } from '../../src/core/layout/geometry';
import { createNodeElk } from '../../src/node/elk';

const why: Provenance = { guide: 'g', outcome: 'o', reason: 'test', answers: [] };
const node = (id: string): ArchNode => ({ id, service: 'generic.service', label: id, serviceName: id, provider: 'generic', category: 'compute', provenance: why });

function chain(length: number): Architecture {
  const nodes = Array.from({ length }, (_, i) => node(`n${i}`));
  const edges = nodes.slice(1).map((n, i) => ({ id: `e${i}`, from: `n${i}`, to: n.id, style: 'sync' as const, provenance: why }));
  return { version: 1, title: 'chain', containers: [], nodes, edges };
}

describe('layout direction', () => {
  const elk = createNodeElk();

  it('keeps a short flow left to right', async () => {
    const layout = await layoutArchitecture(chain(3), elk);
    expect(layout.width).toBeGreaterThan(layout.height);
  });

  it('turns a long chain top to bottom instead of drawing a sliver', async () => {
    const layout = await layoutArchitecture(chain(9), elk);
    expect(layout.width / layout.height).toBeLessThan(2.6);
    expect(checkLayout(layout)).toEqual([]);
  });
});
