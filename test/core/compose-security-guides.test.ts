import { describe, expect, it } from 'vitest';
import { composeRuns, type ArchitectureRun } from '../../src/core/architecture/compose';
import { realLibrary, runTo } from './merge-cases';

/**
 * The three security guides (workload identity, encryption, access guardrails) join an
 * architecture through the `compose` declarations on their diagram nodes: composed with the
 * compute and database guides, they draw no second set of users, their generic application
 * stands in for the compute guide's real one, and their identity or security element ends up
 * wired to what the other guides drew.
 */

type Model = ReturnType<typeof composeRuns>;
const compose = (runs: ArchitectureRun[]) => composeRuns(runs, realLibrary().catalog);
const neighbours = (m: Model, id: string) =>
  m.edges.flatMap((e) => (e.from === id ? [e.to] : e.to === id ? [e.from] : []));

const cases = [
  {
    name: 'a cross-account role assumed by ECS tasks next to Aurora',
    runs: () => [runTo('compute', 'ecs-fargate', { workloadShape: 'web-service' }), runTo('database', 'aurora', { lambdaClients: 'no' }), runTo('workload-identity', 'cross-account-role')],
    guide: 'workload-identity',
    element: 'workload-identity/sts',
    // the AssumeRole call now starts at the compute guide's tasks
    reaches: /^compute\/task-/,
    inward: true,
  },
  {
    name: 'a customer managed KMS key with ECS on Fargate and Aurora',
    runs: () => [runTo('compute', 'ecs-fargate', { workloadShape: 'web-service' }), runTo('database', 'aurora', { lambdaClients: 'no' }), runTo('encryption', 'sse-kms-cmk')],
    guide: 'encryption',
    element: 'encryption/kms',
    // the key serves the database guide's Aurora, not a second database
    reaches: /^database\//,
    inward: true,
  },
  {
    name: 'a service control policy with ECS on Fargate and Aurora',
    runs: () => [runTo('compute', 'ecs-fargate', { workloadShape: 'web-service' }), runTo('database', 'aurora', { lambdaClients: 'no' }), runTo('access-guardrails', 'scp')],
    guide: 'access-guardrails',
    element: 'access-guardrails/scp',
    // the policy caps what the compute guide's tasks may do
    reaches: /^compute\/task-/,
    inward: false,
  },
];

describe('security guides composed with the compute and database guides', () => {
  for (const c of cases) {
    describe(c.name, () => {
      it('draws one set of users', () => {
        const m = compose(c.runs());
        expect(m.nodes.filter((n) => n.service === 'generic.users').map((n) => n.id)).toEqual(['@users']);
      });

      it('leaves no generic application where the compute guide drew a real one', () => {
        const m = compose(c.runs());
        expect(m.nodes.filter((n) => n.service === 'generic.service').map((n) => n.id)).toEqual([]);
        expect(m.nodes.filter((n) => n.provenance.guide === c.guide && n.provider === 'generic').map((n) => n.id)).toEqual([]);
      });

      it('keeps its identity or security element, from its own guide, wired to the other guides\' elements', () => {
        const m = compose(c.runs());
        const el = m.nodes.find((n) => n.id === c.element);
        expect(el, c.element).toBeDefined();
        expect(el!.provenance.guide).toBe(c.guide);
        expect(neighbours(m, c.element).filter((id) => c.reaches.test(id))).not.toEqual([]);
        // and the relationship reads the right way round (tasks call STS; the SCP caps the tasks)
        const toward = m.edges.filter((e) => (c.inward ? e.to === c.element && c.reaches.test(e.from) : e.from === c.element && c.reaches.test(e.to)));
        expect(toward).not.toEqual([]);
      });
    });
  }

});
