import { describe, expect, it } from 'vitest';
import { decide } from '../../src/core/guide/decide';
import { buildRecommendation } from '../../src/core/recommendation/build';
import { realLibrary } from '../core/merge-cases';
import { loadGuide } from '../helpers/guides';
import { figureValue, itDecidesScenarios, type Scenario } from '../helpers/scenarios';

const guide = loadGuide('perimeter-protection');

/** Situations from the seed's Security & Compliance section (S7.Q4, S7.Q6), and the perimeter a senior architect builds. */
const scenarios: Scenario[] = [
  { situation: 'scalpers hammer a checkout API behind a load balancer; an attack is survivable', answers: { traffic: 'web-ingress', frontDoor: 'alb', rateLimit: 300, ddosImpact: 'absorb' }, expected: 'waf' },
  { situation: 'a bank fears shape-shifting HTTP floods and the scaling bill they cause', answers: { traffic: 'web-ingress', frontDoor: 'cloudfront', rateLimit: 2000, ddosImpact: 'critical' }, expected: 'waf-shield-advanced' },
  { situation: 'a one-time-password API stops any address above 20 calls in 5 minutes', answers: { traffic: 'web-ingress', frontDoor: 'api-gateway', rateLimit: 20, ddosImpact: 'absorb' }, expected: 'waf' },
  { situation: 'the lowest limit WAF accepts, 10 per window, is a valid answer', answers: { traffic: 'web-ingress', frontDoor: 'alb', rateLimit: 10, ddosImpact: 'absorb' }, expected: 'waf' },
  { situation: 'twelve VPCs of a payment processor may only reach named domains', answers: { traffic: 'egress', vpcCount: 12, egressPolicy: 'allow-list' }, expected: 'network-firewall' },
  { situation: 'one VPC blocks known malware domains and lets the rest out', answers: { traffic: 'egress', vpcCount: 1, egressPolicy: 'deny-list' }, expected: 'network-firewall' },
  { situation: 'a patient portal API whose back end may only reach the insurer', answers: { traffic: 'both', frontDoor: 'api-gateway', rateLimit: 500, ddosImpact: 'absorb', vpcCount: 4, egressPolicy: 'allow-list' }, expected: 'waf-and-network-firewall' },
  { situation: 'a critical public site whose two VPCs may only reach named domains', answers: { traffic: 'both', frontDoor: 'cloudfront', rateLimit: 2000, ddosImpact: 'critical', vpcCount: 2, egressPolicy: 'allow-list' }, expected: 'waf-and-network-firewall' },
];

const render = (answers: Record<string, string | number>, values = {}) => {
  const d = decide(guide, answers);
  if (d.status !== 'outcome') throw new Error(`no outcome for ${JSON.stringify(answers)}`);
  return buildRecommendation(guide, realLibrary().catalog, d, values);
};
const doc = (rec: ReturnType<typeof render>, id: string) => JSON.parse(rec.artefacts!.find((a) => a.id === id)!.text);

describe('perimeter-protection guide scenarios', () => {
  itDecidesScenarios(guide, scenarios);

  it('writes the user\'s rate limit into the web ACL, per IP over the 5-minute window, after the managed rule groups', () => {
    const acl = doc(render({ traffic: 'web-ingress', frontDoor: 'alb', rateLimit: 750, ddosImpact: 'absorb' }), 'web-acl-regional');
    expect(acl.Scope).toBe('REGIONAL');
    const rate = acl.Rules.find((r: { Name: string }) => r.Name === 'RateLimitPerIp');
    expect(rate.Statement.RateBasedStatement).toEqual({ Limit: 750, EvaluationWindowSec: 300, AggregateKeyType: 'IP' });
    expect(acl.Rules.map((r: { Statement: { ManagedRuleGroupStatement?: { Name: string } } }) => r.Statement.ManagedRuleGroupStatement?.Name).filter(Boolean))
      .toEqual(['AWSManagedRulesAmazonIpReputationList', 'AWSManagedRulesCommonRuleSet', 'AWSManagedRulesKnownBadInputsRuleSet']);
  });

  it('scopes the web ACL to CloudFront when the front door is a distribution, with the countries the user serves', () => {
    const rec = render({ traffic: 'web-ingress', frontDoor: 'cloudfront', rateLimit: 2000, ddosImpact: 'critical' }, { servedCountries: 'DE, AT, CH' });
    expect(rec.artefacts!.map((a) => a.id)).toEqual(['web-acl-cloudfront', 'shield-advanced']);
    const geo = doc(rec, 'web-acl-cloudfront').Rules.find((r: { Name: string }) => r.Name === 'OutsideServedCountries');
    expect(geo.Statement.NotStatement.Statement.GeoMatchStatement.CountryCodes).toEqual(['DE', 'AT', 'CH']);
    expect(geo.Action).toEqual({ Count: {} });
  });

  it('puts the allow-list into a stateful domain rule group on TLS SNI and HTTP Host', () => {
    const rec = render({ traffic: 'egress', vpcCount: 12, egressPolicy: 'allow-list' }, { allowedDomains: 'api.stripe.com, .ubuntu.com' });
    const group = doc(rec, 'egress-allow-list');
    expect(group.Type).toBe('STATEFUL');
    expect(group.RuleGroup.RulesSource.RulesSourceList).toEqual({ Targets: ['api.stripe.com', '.ubuntu.com'], TargetTypes: ['TLS_SNI', 'HTTP_HOST'], GeneratedRulesType: 'ALLOWLIST' });
  });

  it('adds the Shield Advanced commands to the combined outcome only when an attack would be critical', () => {
    const base = { traffic: 'both', frontDoor: 'alb', rateLimit: 1000, vpcCount: 3, egressPolicy: 'deny-list' };
    expect(render({ ...base, ddosImpact: 'absorb' }).artefacts!.map((a) => a.id)).toEqual(['web-acl-regional', 'egress-deny-list']);
    expect(render({ ...base, ddosImpact: 'critical' }).artefacts!.map((a) => a.id)).toEqual(['web-acl-regional', 'egress-deny-list', 'shield-advanced']);
  });

  it('computes the sustained per-IP rate and the Transit Gateway attachments', () => {
    expect(figureValue(guide, 'waf', /Sustained rate/, { rateLimit: 3000 })).toBe(10);
    expect(figureValue(guide, 'network-firewall', /attachments/, { vpcCount: 12 })).toBe(13);
  });

  it('rejects a rate limit below the lowest WAF accepts', () => {
    const result = decide(guide, { traffic: 'web-ingress', frontDoor: 'alb', rateLimit: 5, ddosImpact: 'absorb' });
    expect(result.status).toBe('error');
  });
});
