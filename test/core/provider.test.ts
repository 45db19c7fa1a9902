import { describe, expect, it } from 'vitest';
import { mergeRuns } from '../../src/core/architecture/merge';
import type { Architecture } from '../../src/core/architecture/model';
import { providerNotes, switchProvider } from '../../src/core/architecture/provider';
import { parseArchitectureJson, toArchitectureJson } from '../../src/core/export/json';
import { fiveGuideSession, realLibrary } from './merge-cases';

const catalog = () => realLibrary().catalog;
const aws = () => mergeRuns(fiveGuideSession(), catalog());
const find = (m: Architecture, id: string) => m.nodes.find((n) => n.id === id)!;

describe('switchProvider', () => {
  it('redraws every AWS service with its Google Cloud equivalent, keeping the AWS id', () => {
    const gcp = switchProvider(aws(), catalog(), 'gcp');
    const queue = find(gcp, 'messaging/queue');
    expect(queue).toMatchObject({ service: 'gcp.pubsub', provider: 'gcp' });
    expect(queue.provenance.originalService).toBe('aws.sqs');
    expect(queue.provenance.guide).toBe('messaging');
    // Every node is on GCP now, or generic, or marked as having no equivalent.
    for (const n of gcp.nodes) {
      const ok = n.provider === 'gcp' || n.provider === 'generic' || n.provider === 'other' || n.provenance.equivalence?.kind === 'none';
      expect(ok, `${n.id} (${n.service})`).toBe(true);
    }
    expect(gcp.title).toMatch(/\(on Google Cloud\)$/);
  });

  it('marks where behaviour differs with the catalogue\'s note', () => {
    const gcp = switchProvider(aws(), catalog(), 'gcp');
    const queue = find(gcp, 'messaging/queue');
    expect(queue.provenance.equivalence).toEqual({ kind: 'differs', note: catalog().byId.get('aws.sqs')!.equivalenceNote });
    // A service without a note is not marked.
    expect(find(gcp, 'compute/task-a').provenance.equivalence).toBeUndefined();
    // The VPC box: global on Google Cloud.
    const vpc = gcp.containers.find((c) => c.id === '@region-1/vpc')!;
    expect(vpc.provenance.equivalence?.note).toMatch(/global/);
  });

  it('keeps a service with no equivalent as drawn, marked', () => {
    const model: Architecture = {
      version: 1, title: 't', containers: [],
      nodes: [{ id: 'e', service: 'aws.vpc-gateway-endpoint', label: 'Endpoint', serviceName: 'VPC gateway endpoint', provider: 'aws', category: 'networking', provenance: { guide: 'g', outcome: 'o', reason: 'r', answers: [] } }],
      edges: [],
    };
    const gcp = switchProvider(model, catalog(), 'gcp');
    expect(gcp.nodes[0]).toMatchObject({ service: 'aws.vpc-gateway-endpoint', provider: 'aws' });
    expect(gcp.nodes[0]!.provenance.equivalence?.kind).toBe('none');
    expect(providerNotes(gcp)).toEqual([expect.objectContaining({ id: 'e', kind: 'none', from: 'aws.vpc-gateway-endpoint' })]);
  });

  it('renames boxes and labels in the target\'s words', () => {
    const azure = switchProvider(aws(), catalog(), 'azure');
    expect(azure.containers.find((c) => c.id === '@region-1/vpc')!.label).toMatch(/^VNet /);
    const gcp = switchProvider(aws(), catalog(), 'gcp');
    expect(gcp.containers.find((c) => c.id === '@region-1/vpc/az-a')!.label).toBe('Zone a');
    // "Aurora writer" follows the service it names.
    expect(find(gcp, 'database/writer').label).not.toMatch(/Aurora/);
  });

  it('switches between clouds and back to exactly what the guides drew', () => {
    const original = aws();
    const there = switchProvider(switchProvider(original, catalog(), 'gcp'), catalog(), 'azure');
    expect(find(there, 'messaging/queue').service).toBe('azure.service-bus');
    expect(switchProvider(there, catalog(), 'aws')).toEqual(original);
  });

  it('survives the JSON export: a switched model re-imports with its marks and switches back', () => {
    const gcp = switchProvider(aws(), catalog(), 'gcp');
    const parsed = parseArchitectureJson(toArchitectureJson(gcp));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.value.nodes.find((n) => n.id === 'messaging/queue')!.provenance.equivalence?.kind).toBe('differs');
    expect(switchProvider(parsed.value, catalog(), 'aws').nodes.map((n) => n.service)).toEqual(aws().nodes.map((n) => n.service));
  });
});
