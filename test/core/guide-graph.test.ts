import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { bandRange, conditionInWords, guideGraph, outcomeNodeId, pathHighlight, questionNodeId, ruleEdgeId } from '../../src/core/guide/guide-graph';
import { decide } from '../../src/core/guide/decide';
import { enumeratePaths } from '../../src/core/guide/enumerate';
import type { NumberQuestion } from '../../src/core/guide/schema';
import { PATH_LABEL_MAX, layoutGuideGraph, shortRuleLabel } from '../../src/core/whatif/path-layout';
import { loadFixture } from '../helpers/fixtures';
import { loadGuide } from '../helpers/guides';

const GUIDES = ['compute', 'database', 'disaster-recovery', 'messaging', 'vpc-connectivity'];
const label = (graph: ReturnType<typeof guideGraph>, id: string) => graph.edges.find((e) => e.id === id)?.label;

describe('guideGraph', () => {
  it.each(GUIDES)('%s: one node per question and outcome, one edge per rule, every end a node', (id) => {
    const guide = loadGuide(id);
    const graph = guideGraph(guide);
    expect(graph.nodes).toHaveLength(guide.questions.length + guide.outcomes.length);
    expect(graph.edges).toHaveLength(guide.questions.reduce((n, q) => n + q.next.length, 0));
    const ids = new Set(graph.nodes.map((n) => n.id));
    for (const e of graph.edges) expect(ids.has(e.from) && ids.has(e.to), e.id).toBe(true);
    // every rule with a condition says it in words; a catch-all among others says "otherwise"
    for (const q of guide.questions) {
      q.next.forEach((rule, i) => {
        const text = label(graph, ruleEdgeId(q.id, i))!;
        if (rule.when) expect(text.length).toBeGreaterThan(0);
        else expect(text).toBe(q.next.length > 1 ? 'otherwise' : '');
      });
    }
  });

  it('labels rules in words: choice values, and number bands as ranges', () => {
    const messaging = guideGraph(loadGuide('messaging'));
    expect(label(messaging, 'pattern#0')).toBe('work queue');
    expect(label(messaging, 'peakMps#0')).toBe('ordering: strict and < 20,001 messages/s');
    expect(label(messaging, 'peakMps#1')).toBe('otherwise');
    const dr = guideGraph(loadGuide('disaster-recovery'));
    // neighbouring bands merge, and tests on earlier questions name them
    expect(label(dr, 'budget#0')).toBe('RPO ≥ 60 min and RTO ≥ 240 min');
    expect(label(dr, 'clientNeeds#1')).toBe('RPO 0.01 to < 1 min or RTO 10 to < 30 min');
    const tiny = guideGraph(loadFixture('tiny.json'));
    expect(label(tiny, 'rate#0')).toBe('< 3,001 msg/s');
  });

  it('words nested and negated conditions with brackets', () => {
    const guide = loadFixture('tiny.json');
    expect(conditionInWords(guide, { not: { any: [{ q: 'pattern', is: 'fan-out' }, { q: 'rate', in: ['high'] }] } }))
      .toBe('not (pattern: fan out or rate ≥ 3,001 msg/s)');
  });

  it('writes whole-number bands as inclusive ranges', () => {
    const q = loadGuide('messaging').questions.find((x) => x.id === 'peakMps') as NumberQuestion;
    expect(bandRange(q, 0)).toBe('< 2,700 messages/s');
    expect(bandRange(q, 1)).toBe('2,700–3,000 messages/s');
    expect(bandRange(q, 0, 1)).toBe('< 3,001 messages/s');
    expect(bandRange(q, 2)).toBe('3,001–20,000 messages/s');
    expect(bandRange(q, 3)).toBe('≥ 20,001 messages/s');
  });
});

describe('pathHighlight', () => {
  it.each(GUIDES)('%s: every path lights its questions, its rules and its outcome', (id) => {
    const guide = loadGuide(id);
    const graph = guideGraph(guide);
    const edges = new Set(graph.edges.map((e) => e.id));
    for (const path of enumeratePaths(guide).paths) {
      const h = pathHighlight(guide, { path: path.steps });
      expect(h.nodes).toEqual([...path.steps.map((s) => questionNodeId(s.question)), outcomeNodeId(path.outcome)]);
      expect(h.end).toBe(outcomeNodeId(path.outcome));
      expect(h.edges.every((e) => edges.has(e))).toBe(true);
      // consecutive: each rule leaves the node before it and enters the node after it
      h.edges.forEach((e, i) => {
        const edge = graph.edges.find((x) => x.id === e)!;
        expect([edge.from, edge.to]).toEqual([h.nodes[i], h.nodes[i + 1]]);
      });
    }
  });

  it('ends on the waiting question of a pending decision', () => {
    const guide = loadGuide('messaging');
    const pending = decide(guide, { pattern: 'work-queue' });
    expect(pathHighlight(guide, pending)).toEqual({ nodes: ['q:pattern', 'q:consumerCompute'], edges: ['pattern#0'], end: 'q:consumerCompute' });
    expect(pathHighlight(guide, { path: [] })).toEqual({ nodes: ['q:pattern'], edges: [], end: 'q:pattern' });
  });
});

describe('layoutGuideGraph', () => {
  const elk = new ELK();
  it.each(GUIDES)('%s: every box placed without overlap, every rule routed, top-down', async (id) => {
    const guide = loadGuide(id);
    const graph = guideGraph(guide);
    const layout = await layoutGuideGraph(graph, elk);
    expect(layout.nodes).toHaveLength(graph.nodes.length);
    expect(layout.edges).toHaveLength(graph.edges.length);
    for (const e of layout.edges) expect(e.points.length, e.id).toBeGreaterThanOrEqual(2);
    const boxes = layout.nodes;
    for (let i = 0; i < boxes.length; i++) {
      const a = boxes[i]!;
      expect(a.x >= 0 && a.y >= 0 && a.x + a.width <= layout.width && a.y + a.height <= layout.height, a.id).toBe(true);
      for (const b of boxes.slice(i + 1)) {
        const overlap = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 0 && Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 0;
        expect(overlap, `${a.id} × ${b.id}`).toBe(false);
      }
    }
    // the start question sits in the top layer
    const start = boxes.find((b) => b.id === questionNodeId(guide.start))!;
    expect(Math.min(...boxes.map((b) => b.y))).toBe(start.y);
  });

  it('cuts long rule labels for the drawing', () => {
    expect(shortRuleLabel('short')).toBe('short');
    const cut = shortRuleLabel('x'.repeat(80));
    expect(cut).toHaveLength(PATH_LABEL_MAX);
    expect(cut.endsWith('…')).toBe(true);
  });
});
