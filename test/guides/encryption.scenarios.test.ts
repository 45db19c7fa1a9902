import { describe, expect, it } from 'vitest';
import { decide } from '../../src/core/guide/decide';
import { buildRecommendation } from '../../src/core/recommendation/build';
import { realLibrary } from '../core/merge-cases';
import { loadGuide } from '../helpers/guides';
import { itDecidesScenarios, type Scenario } from '../helpers/scenarios';

const guide = loadGuide('encryption');

/** Situations from the seed's Security & Compliance section (S7.Q2), and the encryption a senior architect picks. */
const scenarios: Scenario[] = [
  { situation: 'a marketing site bucket only needs encryption for the checklist', answers: { scope: 'at-rest', store: 's3', keyControl: 'encryption-only' }, expected: 'sse-s3' },
  { situation: 'a finance data lake must show every key use to auditors', answers: { scope: 'at-rest', store: 's3', keyControl: 'control-and-audit' }, expected: 'sse-kms-cmk' },
  { situation: 'medical notes must never be readable by storage administrators', answers: { scope: 'at-rest', store: 's3', keyControl: 'before-aws' }, expected: 'client-side-envelope' },
  { situation: 'a new Aurora cluster, one account, encryption is enough', answers: { scope: 'at-rest', store: 'database', dataState: 'new', keyControl: 'encryption-only', readerAccounts: 1 }, expected: 'aws-managed-key' },
  { situation: 'the same cluster, but a backup account restores its snapshots: 2 accounts need a customer managed key', answers: { scope: 'at-rest', store: 'database', dataState: 'new', keyControl: 'encryption-only', readerAccounts: 2 }, expected: 'sse-kms-cmk' },
  { situation: 'EBS volumes copied to a DR account and a forensics account', answers: { scope: 'at-rest', store: 'volumes', dataState: 'new', keyControl: 'encryption-only', readerAccounts: 3 }, expected: 'sse-kms-cmk' },
  { situation: 'an RDS PostgreSQL created years ago without encryption', answers: { scope: 'at-rest', store: 'database', dataState: 'existing-unencrypted' }, expected: 'encrypt-existing' },
  { situation: 'unencrypted EBS volumes on a legacy fleet', answers: { scope: 'at-rest', store: 'volumes', dataState: 'existing-unencrypted' }, expected: 'encrypt-existing' },
  { situation: 'DynamoDB sessions table, default encryption is enough', answers: { scope: 'at-rest', store: 'dynamodb', keyControl: 'encryption-only' }, expected: 'aws-managed-key' },
  { situation: 'DynamoDB table whose key must be revocable', answers: { scope: 'at-rest', store: 'dynamodb', keyControl: 'control-and-audit' }, expected: 'sse-kms-cmk' },
  { situation: 'a public API behind an ALB', answers: { scope: 'in-transit', traffic: 'public-clients' }, expected: 'tls-acm' },
  { situation: 'B2B partners call the API with client certificates', answers: { scope: 'in-transit', traffic: 'partner-clients' }, expected: 'mtls' },
  { situation: 'microservices on EKS must encrypt east-west calls', answers: { scope: 'in-transit', traffic: 'service-to-service' }, expected: 'mtls' },
];

const artefactIds = (answers: Record<string, string | number>) => {
  const d = decide(guide, answers);
  if (d.status !== 'outcome') throw new Error(`no outcome for ${JSON.stringify(answers)}`);
  return buildRecommendation(guide, realLibrary().catalog, d).artefacts?.map((a) => a.id);
};

describe('encryption guide scenarios', () => {
  itDecidesScenarios(guide, scenarios);

  it('enforces SSE-KMS for S3 with a bucket policy, an SCP and a key policy limited to S3, sharing typed values', () => {
    const d = decide(guide, { scope: 'at-rest', store: 's3', keyControl: 'control-and-audit' });
    if (d.status !== 'outcome') throw new Error('no outcome');
    const rec = buildRecommendation(guide, realLibrary().catalog, d, { region: 'eu-central-1', bucket: 'ledger-archive' });
    expect(rec.artefacts?.map((a) => a.id)).toEqual(['key-policy-s3', 'bucket-policy', 'scp-kms']);
    const key = JSON.parse(rec.artefacts![0]!.text);
    expect(key.Statement.at(-1).Condition.StringEquals['kms:ViaService']).toBe('s3.eu-central-1.amazonaws.com');
    // One typed Region fills both documents: the key policy and the key ARN the bucket policy requires.
    const bucket = JSON.parse(rec.artefacts![1]!.text);
    expect(bucket.Statement[1].Resource).toBe('arn:aws:s3:::ledger-archive/*');
    expect(bucket.Statement[1].Condition.StringNotEqualsIfExists['s3:x-amz-server-side-encryption-aws-kms-key-id']).toMatch(/^arn:aws:kms:eu-central-1:/);
    const scp = JSON.parse(rec.artefacts![2]!.text);
    expect(scp.Statement[0].Condition.StringNotEqualsIfExists['s3:x-amz-server-side-encryption']).toBe('aws:kms');
  });

  it('adds the key policy statement for other accounts only from 2 accounts', () => {
    const base = { scope: 'at-rest', store: 'database', dataState: 'new', keyControl: 'control-and-audit' };
    expect(artefactIds(base)).not.toContain('share-key');
    expect(artefactIds({ ...base, keyControl: 'encryption-only', readerAccounts: 2 })).toContain('share-key');
  });

  it('gives the snapshot-copy commands of the store that is unencrypted', () => {
    expect(artefactIds({ scope: 'at-rest', store: 'database', dataState: 'existing-unencrypted' })).toEqual(['rds-copy']);
    expect(artefactIds({ scope: 'at-rest', store: 'volumes', dataState: 'existing-unencrypted' })).toEqual(['ebs-copy']);
  });

  it('rejects zero accounts and names the range', () => {
    const result = decide(guide, { scope: 'at-rest', store: 'database', dataState: 'new', keyControl: 'encryption-only', readerAccounts: 0 });
    expect(result.status).toBe('error');
    expect(result.status === 'error' && result.message).toMatch(/1 to 1,000 accounts/);
  });
});
