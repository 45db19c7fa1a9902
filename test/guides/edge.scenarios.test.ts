import { describe, expect, it } from 'vitest';
import { decide } from '../../src/core/guide/decide';
import { buildRecommendation } from '../../src/core/recommendation/build';
import { composeRuns } from '../../src/core/architecture/compose';
import { fiveGuideSession, realLibrary } from '../core/merge-cases';
import { loadGuide } from '../helpers/guides';
import { itDecidesScenarios, type Scenario } from '../helpers/scenarios';

const guide = loadGuide('edge');

/**
 * Situations from the seed's Networking & VPC section (S2.Q6, CloudFront): cache behaviours by
 * path (/static/* for a day, pages for the TTL the user accepts, /api/* not cached), origin
 * protection (OAC for S3, a locked-down origin for the application), and edge code by what it
 * does: header and URL work in CloudFront Functions, network calls and bodies in Lambda@Edge.
 * No CDN when nothing can be cached and the users sit next to the Region.
 */
const files = { privateFiles: 'public', pageTtl: 300 } as const;
const scenarios: Scenario[] = [
  { situation: 'an SPA with index.html rewrites', answers: { content: 'static', edgeCode: 'light', ...files }, expected: 'cloudfront-functions' },
  { situation: 'a static site, caching rules only', answers: { content: 'static', edgeCode: 'none', ...files }, expected: 'cloudfront-cache' },
  { situation: 'images resized on first request', answers: { content: 'static', edgeCode: 'heavy', ...files }, expected: 'lambda-edge' },
  { situation: 'shop pages on an ALB, assets in S3, cart API', answers: { content: 'mixed', origin: 'alb', edgeCode: 'none', ...files }, expected: 'cloudfront-cache' },
  { situation: 'JWTs checked against the IdP\'s published keys', answers: { content: 'mixed', origin: 'api-gateway', edgeCode: 'heavy', privateFiles: 'public', pageTtl: 60 }, expected: 'lambda-edge' },
  { situation: 'paid course videos behind signed cookies', answers: { content: 'static', edgeCode: 'none', privateFiles: 'entitled', pageTtl: 600 }, expected: 'cloudfront-cache' },
  { situation: 'a national bank\'s per-user API, users in-country', answers: { content: 'dynamic', origin: 'alb', userSpread: 'near' }, expected: 'no-cdn' },
  { situation: 'per-user API on API Gateway, users in-country', answers: { content: 'dynamic', origin: 'api-gateway', userSpread: 'near' }, expected: 'no-cdn' },
  { situation: 'a per-user API called from every continent', answers: { content: 'dynamic', origin: 'api-gateway', userSpread: 'far', edgeCode: 'none' }, expected: 'cloudfront-cache' },
  { situation: 'security headers and redirects for a worldwide API', answers: { content: 'dynamic', origin: 'alb', userSpread: 'far', edgeCode: 'light' }, expected: 'cloudfront-functions' },
];

const recommend = (answers: Record<string, string | number>) => {
  const d = decide(guide, answers);
  if (d.status !== 'outcome') throw new Error(`no outcome for ${JSON.stringify(answers)}`);
  return { d, rec: buildRecommendation(guide, realLibrary().catalog, d) };
};
type Behaviour = { PathPattern?: string; TargetOriginId: string; CachePolicyId: string; OriginRequestPolicyId?: string; FunctionAssociations?: unknown; LambdaFunctionAssociations?: unknown };
type Dist = { Origins: { Items: { Id: string; OriginAccessControlId?: string; CustomHeaders?: unknown }[] }; DefaultCacheBehavior: Behaviour; CacheBehaviors?: { Quantity: number; Items: Behaviour[] } };
const distribution = (answers: Record<string, string | number>): Dist => {
  const arts = recommend(answers).rec.artefacts!.filter((a) => a.id.startsWith('distribution-'));
  expect(arts).toHaveLength(1);
  return arts[0]!.document as Dist;
};
const CACHING_OPTIMIZED = '658327ea-f89d-4fab-a63d-7e88639e58f6';
const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';

describe('edge guide scenarios', () => {
  itDecidesScenarios(guide, scenarios);

  it('lays out the seed\'s behaviours: /api/* uncached to the app, /static/* a day from S3 through OAC, pages by default', () => {
    const d = distribution({ content: 'mixed', origin: 'alb', edgeCode: 'none', ...files });
    const byPath = Object.fromEntries(d.CacheBehaviors!.Items.map((b) => [b.PathPattern, b]));
    expect(byPath['/api/*']).toMatchObject({ TargetOriginId: 'app', CachePolicyId: CACHING_DISABLED });
    expect(byPath['/static/*']).toMatchObject({ TargetOriginId: 'assets', CachePolicyId: CACHING_OPTIMIZED });
    expect(d.DefaultCacheBehavior.TargetOriginId).toBe('app');
    expect(d.CacheBehaviors!.Quantity).toBe(d.CacheBehaviors!.Items.length);
    expect(d.Origins.Items.find((o) => o.Id === 'assets')!.OriginAccessControlId).toBeTruthy();
    expect(d.Origins.Items.find((o) => o.Id === 'app')!.CustomHeaders).toBeTruthy();
  });

  it('fills the pages cache policy\'s default TTL from the answer, as a number', () => {
    const policy = (pageTtl: number) => recommend({ content: 'static', edgeCode: 'none', privateFiles: 'public', pageTtl }).rec.artefacts!.find((a) => a.id === 'pages-cache-policy')!.document as { DefaultTTL: number };
    expect(policy(300).DefaultTTL).toBe(300);
    expect(policy(0).DefaultTTL).toBe(0);
  });

  it('associates a CloudFront Function or a Lambda@Edge version only in its own outcome', () => {
    const light = distribution({ content: 'static', edgeCode: 'light', ...files });
    const heavy = distribution({ content: 'static', edgeCode: 'heavy', ...files });
    const none = distribution({ content: 'static', edgeCode: 'none', ...files });
    expect(light.DefaultCacheBehavior.FunctionAssociations).toBeTruthy();
    expect(light.DefaultCacheBehavior.LambdaFunctionAssociations).toBeUndefined();
    expect(heavy.DefaultCacheBehavior.LambdaFunctionAssociations).toBeTruthy();
    expect(none.DefaultCacheBehavior.FunctionAssociations ?? none.DefaultCacheBehavior.LambdaFunctionAssociations).toBeUndefined();
  });

  it('forwards the Host header to an ALB but not to API Gateway, and never caches a per-user API', () => {
    const alb = distribution({ content: 'dynamic', origin: 'alb', userSpread: 'far', edgeCode: 'none' });
    const api = distribution({ content: 'dynamic', origin: 'api-gateway', userSpread: 'far', edgeCode: 'none' });
    expect(alb.DefaultCacheBehavior.CachePolicyId).toBe(CACHING_DISABLED);
    expect(api.DefaultCacheBehavior.CachePolicyId).toBe(CACHING_DISABLED);
    expect(alb.DefaultCacheBehavior.OriginRequestPolicyId).not.toBe(api.DefaultCacheBehavior.OriginRequestPolicyId);
    expect(alb.CacheBehaviors).toBeUndefined();
  });

  it('adds a signed-URL behaviour and the OAC bucket policy only where they apply', () => {
    const ids = (answers: Record<string, string | number>) => recommend(answers).rec.artefacts!.map((a) => a.id);
    expect(ids({ content: 'static', edgeCode: 'none', privateFiles: 'entitled', pageTtl: 600 })).toEqual(expect.arrayContaining(['signed-files-behaviour', 'bucket-policy']));
    expect(ids({ content: 'static', edgeCode: 'none', ...files })).not.toContain('signed-files-behaviour');
    expect(ids({ content: 'dynamic', origin: 'alb', userSpread: 'far', edgeCode: 'none' })).not.toContain('bucket-policy');
  });

  it('joins the composed architecture in front of the entry the other guides provide', () => {
    const d = decide(guide, { content: 'mixed', origin: 'alb', edgeCode: 'light', ...files });
    if (d.status !== 'outcome') throw new Error('no outcome');
    const m = composeRuns([...fiveGuideSession(), { guide, decided: { outcome: d.outcome, answers: d.answers, path: d.path } }], realLibrary().catalog);
    expect(m.nodes.some((n) => n.id === 'edge/cdn')).toBe(true);
    expect(m.nodes.some((n) => n.id === 'edge/alb')).toBe(false);
    expect(m.edges.some((e) => e.from === 'edge/cdn' && !e.to.startsWith('edge/'))).toBe(true);
  });
});
