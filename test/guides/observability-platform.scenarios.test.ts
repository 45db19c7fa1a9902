import { describe, expect, it } from 'vitest';
import { decide } from '../../src/core/guide/decide';
import { loadGuide } from '../helpers/guides';
import { itDecidesScenarios, type Scenario } from '../helpers/scenarios';

const guide = loadGuide('observability-platform');

/** Situations from the seed's Observability section (S6.Q6), and the platform a senior architect picks. */
const scenarios: Scenario[] = [
  { situation: 'serverless on AWS, dashboards find the problems', answers: { clouds: 'aws-only', highCardinality: 'no', kubernetes: 'no' }, expected: 'cloudwatch-native' },
  { situation: 'EKS with Prometheus exporters on AWS', answers: { clouds: 'aws-only', highCardinality: 'no', kubernetes: 'yes' }, expected: 'prometheus-grafana' },
  { situation: 'two clouds, few engineers, budget for a SaaS', answers: { clouds: 'several', highCardinality: 'no', budget: 'engineers' }, expected: 'datadog' },
  { situation: 'two clouds, a platform team, no SaaS budget', answers: { clouds: 'several', highCardinality: 'no', budget: 'budget' }, expected: 'prometheus-grafana' },
  { situation: 'incidents hide in single tenants and builds, on AWS', answers: { clouds: 'aws-only', highCardinality: 'yes' }, expected: 'honeycomb-events' },
  { situation: 'incidents hide in single tenants, across clouds', answers: { clouds: 'several', highCardinality: 'yes' }, expected: 'honeycomb-events' },
  { situation: 'everything on Google Cloud', answers: { clouds: 'gcp-only', highCardinality: 'no' }, expected: 'gcp-native' },
  { situation: 'everything on Azure', answers: { clouds: 'azure-only', highCardinality: 'no' }, expected: 'azure-native' },
];

describe('observability-platform guide scenarios', () => {
  itDecidesScenarios(guide, scenarios);

  it('keeps the backend swappable: every outcome draws an OpenTelemetry collector between the services and the backend', () => {
    const collectors = new Set(['aws.adot-collector', 'gcp.otel-collector', 'azure.monitor-otel-distro']);
    for (const outcome of guide.outcomes) {
      const collector = outcome.diagram?.nodes.find((n) => collectors.has(n.service));
      expect(collector, outcome.id).toBeDefined();
      expect(outcome.diagram!.edges.some((e) => e.from === 'app' && e.to === collector!.id), outcome.id).toBe(true);
    }
  });

  it('draws the native metrics store of the cloud in use beside Honeycomb', () => {
    const drawn = (clouds: string) => {
      const d = decide(guide, { clouds, highCardinality: 'yes' });
      if (d.status !== 'outcome') throw new Error('no outcome');
      const outcome = guide.outcomes.find((o) => o.id === d.outcome)!;
      return outcome.services.filter((s) => typeof s !== 'string' && s.when).map((s) => (typeof s === 'string' ? s : s.service));
    };
    expect(drawn('gcp-only')).toContain('gcp.cloud-monitoring');
  });
});
