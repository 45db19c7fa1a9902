import { describe, expect, it } from 'vitest';
import { decide } from '../../src/core/guide/decide';
import { buildRecommendation } from '../../src/core/recommendation/build';
import { composeRuns } from '../../src/core/architecture/compose';
import { fiveGuideSession, realLibrary } from '../core/merge-cases';
import { loadGuide } from '../helpers/guides';
import { figureValue, itDecidesScenarios, type Scenario } from '../helpers/scenarios';

const guide = loadGuide('load-balancer');

const web = { job: 'spread-clients', protocol: 'http' } as const;

/** Situations from the seed's Networking & VPC section (S2.Q7), and the load balancer a senior architect picks. */
const scenarios: Scenario[] = [
  { situation: 'a shop with /api and /static on different services, behind WAF', answers: { ...web, networkNeed: 'none', longestRequestSeconds: 2 }, expected: 'alb' },
  { situation: 'the same shop whose slowest report runs 30 seconds (the last short value)', answers: { ...web, networkNeed: 'none', longestRequestSeconds: 30 }, expected: 'alb' },
  { situation: 'an HTTP API whose bank customers allow-list our IPs', answers: { ...web, networkNeed: 'static-ip', longestRequestSeconds: 5 }, expected: 'nlb' },
  { situation: 'a payments API whose servers must hold the TLS key themselves', answers: { ...web, networkNeed: 'tls-passthrough', longestRequestSeconds: 31 }, expected: 'nlb' },
  { situation: 'an API that rate-limits by the client IP on the socket', answers: { ...web, networkNeed: 'client-ip', longestRequestSeconds: 10 }, expected: 'nlb' },
  { situation: 'a multiplayer game on UDP with hour-long sessions', answers: { job: 'spread-clients', protocol: 'tcp-udp', longestRequestSeconds: 3600 }, expected: 'nlb' },
  { situation: 'MQTT from a million IoT devices', answers: { job: 'spread-clients', protocol: 'tcp-udp', longestRequestSeconds: 0 }, expected: 'nlb' },
  { situation: 'Palo Alto firewalls must inspect all ingress and egress', answers: { job: 'inspect' }, expected: 'gwlb' },
  { situation: 'a SaaS vendor lets customers connect from their own VPCs without the internet', answers: { job: 'publish-private' }, expected: 'nlb-privatelink' },
];

const recommend = (answers: Record<string, string | number>) => {
  const d = decide(guide, answers);
  if (d.status !== 'outcome') throw new Error(`no outcome for ${JSON.stringify(answers)}`);
  return buildRecommendation(guide, realLibrary().catalog, d);
};

describe('load-balancer guide scenarios', () => {
  itDecidesScenarios(guide, scenarios);

  it('cuts the deregistration delay to 30 seconds up to 30-second requests, and to the longest request above', () => {
    const at30 = recommend({ ...web, networkNeed: 'none', longestRequestSeconds: 30 });
    expect(at30.artefacts?.map((a) => a.id)).toEqual(['target-group-tuning']);
    expect(at30.artefacts![0]!.text).toContain('deregistration_delay.timeout_seconds,Value=30');
    expect(at30.artefacts![0]!.text).toContain('--health-check-interval-seconds 10');
    const at31 = recommend({ ...web, networkNeed: 'none', longestRequestSeconds: 31 });
    expect(at31.artefacts?.map((a) => a.id)).toEqual(['target-group-tuning-long']);
    expect(at31.artefacts![0]!.text).toContain('deregistration_delay.timeout_seconds,Value=31');
    expect(figureValue(guide, 'alb', /Deregistration delay/, { longestRequestSeconds: 4 })).toBe(30);
    expect(figureValue(guide, 'nlb', /Deregistration delay/, { longestRequestSeconds: 900 })).toBe(900);
  });

  it('tells the static-IP user how many addresses to allow-list, and not the TLS user', () => {
    const staticIp = recommend({ ...web, networkNeed: 'static-ip', longestRequestSeconds: 5 });
    expect(staticIp.notes.join(' ')).toMatch(/one static IP per AZ/);
    const tls = recommend({ ...web, networkNeed: 'tls-passthrough', longestRequestSeconds: 5 });
    expect(tls.notes.join(' ')).not.toMatch(/allow-list|static IP per AZ/);
    expect(tls.notes.join(' ')).toMatch(/TCP listener on 443/);
  });

  it('explains an ALB ruled out by the protocol differently from one ruled out by a network need', () => {
    const udp = recommend({ job: 'spread-clients', protocol: 'tcp-udp', longestRequestSeconds: 5 });
    const tls = recommend({ ...web, networkNeed: 'tls-passthrough', longestRequestSeconds: 5 });
    const albWhy = (r: ReturnType<typeof recommend>) => r.whyNot.find((w) => w.outcome === 'alb')!.explanation;
    expect(albWhy(udp)).toMatch(/only understands HTTP/);
    expect(albWhy(tls)).toMatch(/terminates TLS/);
  });

  it('joins the composed architecture: the ALB fronts the compute guide\'s tasks, its stand-ins drop out', () => {
    const d = decide(guide, { ...web, networkNeed: 'none', longestRequestSeconds: 5 });
    if (d.status !== 'outcome') throw new Error('no outcome');
    const m = composeRuns([...fiveGuideSession(), { guide, decided: { outcome: d.outcome, answers: d.answers, path: d.path } }], realLibrary().catalog);
    const mine = m.nodes.filter((n) => n.id.startsWith('load-balancer/')).map((n) => n.id);
    expect(mine).toEqual(['load-balancer/alb']);
    expect(m.nodes.find((n) => n.id === 'load-balancer/alb')!.parent).toBe('@region-1/vpc/az-a/public');
    // It takes over the compute guide's ALB nodes and their edges: every AZ's tasks behind one load balancer.
    expect(m.edges.filter((e) => e.from === 'load-balancer/alb').map((e) => e.to).sort()).toEqual(['compute/task-a', 'compute/task-b', 'compute/task-c']);
    expect(m.nodes.filter((n) => n.service === 'aws.alb' && n.parent?.startsWith('@region-1')).map((n) => n.id)).toEqual(['load-balancer/alb']);
    expect(m.edges.some((e) => e.from === '@users' && e.to === 'load-balancer/alb')).toBe(true);
  });
});
