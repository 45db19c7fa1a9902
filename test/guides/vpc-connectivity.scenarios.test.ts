import { describe, expect, it } from 'vitest';
import { decide } from '../../src/core/guide/decide';
import { loadGuide } from '../helpers/guides';
import { itDecidesScenarios, type Scenario, figureValue } from '../helpers/scenarios';
import { buildRecommendation } from '../../src/core/recommendation/build';
import { loadLibrary } from '../../src/core/library';
import { readTrees } from '../../src/node/read-trees';

const guide = loadGuide('vpc-connectivity');

/** The questions every path asks after the hybrid block. */
const rest = { egress: 'per-vpc', isolation: 'one-environment', accounts: 'single' } as const;
/** The same, after an on-premises link: the internet exit is its own question there (it no longer steers). */
const hybrid = { hybridEgress: 'per-vpc', isolation: 'one-environment', accounts: 'single' } as const;
/** Asked at 1, 2 and 6+ VPCs (3 to 5 answer it through the pattern question): no central firewall. */
const open = { inspection: 'not-required' } as const;
/** A link that must survive a failure needs a circuit however soon it is wanted, so the lead time is not asked. */
const circuit = { onPrem: 'needed', bandwidthGbps: 0.2, dataGbPerMonth: 100, awsRegions: 'one' } as const;
/** A modest branch-office link: fits a VPN on every count. */
const link = {
  onPrem: 'needed', bandwidthGbps: 0.2, dataGbPerMonth: 100, linkNeeds: 'internet-ok', leadTime: 'weeks', awsRegions: 'one',
} as const;


const scenarios: Scenario[] = [
  {
    situation: 'Boundary: two VPCs (app and data) with nothing on-premises need one peering connection',
    answers: { ...open, vpcCount: 2, onPrem: 'none', ...rest },
    expected: 'vpc-peering',
  },
  {
    situation: 'Boundary: three VPCs that all call each other directly are still a small mesh (3 connections)',
    answers: { vpcCount: 3, pattern: 'full-mesh', onPrem: 'none', ...rest },
    expected: 'vpc-peering',
  },
  {
    situation: 'Boundary: three VPCs whose traffic must pass through an inspection VPC need transitive routing',
    answers: { vpcCount: 3, pattern: 'through-hub', onPrem: 'none', ...rest },
    expected: 'transit-gateway',
  },
  {
    situation: 'Five VPCs, prod and dev kept apart, each peered only with shared services',
    answers: { vpcCount: 5, pattern: 'some-pairs', onPrem: 'none', ...rest, isolation: 'segmented', accounts: 'multi' },
    expected: 'vpc-peering',
  },
  {
    situation: 'Boundary: six VPCs (15 peering connections) move to a hub',
    answers: { ...open, vpcCount: 6, onPrem: 'none', ...rest },
    expected: 'transit-gateway',
  },
  {
    situation: 'Ten VPCs would need 45 peering connections',
    answers: { ...open, vpcCount: 10, onPrem: 'none', ...rest },
    expected: 'transit-gateway',
  },
  {
    situation: 'A hundred VPCs across an organisation, prod and dev segmented, one shared egress',
    answers: { ...open, vpcCount: 100, onPrem: 'none', egress: 'central', isolation: 'segmented', accounts: 'multi' },
    expected: 'transit-gateway',
  },
  {
    situation: 'Even two VPCs need a hub when they share one egress VPC (transitive routing to NAT)',
    answers: { ...open, vpcCount: 2, onPrem: 'none', ...rest, egress: 'central' },
    expected: 'transit-gateway',
  },
  {
    situation: 'Four VPCs and a branch office sending 100 GB a month at 200 Mbps',
    answers: { vpcCount: 4, pattern: 'some-pairs', ...link, ...hybrid },
    expected: 'transit-gateway-vpn',
  },
  {
    situation: 'Just under one tunnel: 1.2 Gbps over the internet still fits a VPN',
    answers: { ...open, vpcCount: 8, ...link, bandwidthGbps: 1.2, ...hybrid },
    expected: 'transit-gateway-vpn',
  },
  {
    // Was Direct Connect: a Large VPN tunnel on a Transit Gateway carries up to 5 Gbps (FACT-REVIEW row 3).
    situation: 'Boundary: 1.25 Gbps is past a Standard tunnel but fits one Large VPN tunnel on the Transit Gateway',
    answers: { ...open, vpcCount: 8, ...link, bandwidthGbps: 1.25, ...hybrid },
    expected: 'transit-gateway-vpn',
  },
  {
    situation: 'Just under a Large tunnel: 4.9 Gbps over the internet still fits a VPN (with a warning)',
    answers: { ...open, vpcCount: 8, ...link, bandwidthGbps: 4.9, ...hybrid },
    expected: 'transit-gateway-vpn',
  },
  {
    situation: 'Boundary: 5 Gbps fills a Large VPN tunnel, so a dedicated circuit is needed',
    answers: { ...open, vpcCount: 8, ...link, bandwidthGbps: 5, ...hybrid },
    expected: 'transit-gateway-direct-connect',
  },
  {
    situation: 'Heavy volume: 5,000 GB a month at 500 Mbps makes Direct Connect cheaper than a VPN',
    answers: { ...open, vpcCount: 8, ...link, bandwidthGbps: 0.5, dataGbPerMonth: 5000, ...hybrid },
    expected: 'transit-gateway-direct-connect',
  },
  {
    situation: 'Just below the break-even volume (2,628 GB) a VPN is still the cheaper link',
    answers: { ...open, vpcCount: 8, ...link, bandwidthGbps: 0.5, dataGbPerMonth: 2628, ...hybrid },
    expected: 'transit-gateway-vpn',
  },
  {
    situation: 'A healthcare provider whose compliance forbids traffic over the internet',
    answers: { ...open, vpcCount: 12, ...link, linkNeeds: 'dedicated', ...hybrid, isolation: 'segmented', accounts: 'multi' },
    expected: 'transit-gateway-direct-connect',
  },
  {
    situation: 'A bank needs a private 10 Gbps link that survives a circuit failure, in two regions',
    answers: { ...open, vpcCount: 40, ...circuit, bandwidthGbps: 10, dataGbPerMonth: 50_000, linkNeeds: 'dedicated-resilient', linkCriticality: 'vpn-backup', awsRegions: 'several', hybridEgress: 'central', isolation: 'segmented', accounts: 'multi' },
    expected: 'transit-gateway-dx-vpn-backup',
  },
  {
    situation: 'A data-centre migration needs 5 Gbps this week: VPN now, Direct Connect when it arrives',
    answers: { vpcCount: 3, pattern: 'full-mesh', ...link, bandwidthGbps: 5, leadTime: 'days', ...hybrid },
    expected: 'transit-gateway-dx-vpn-backup',
  },
  // One VPC (issue 13): the count now starts at 1; a single VPC is asked only about its on-premises link.
  {
    situation: 'Boundary: one VPC and a branch office at 200 Mbps need only a VPN to the VPC\u2019s own gateway',
    answers: { ...open, vpcCount: 1, bandwidthGbps: 0.2, dataGbPerMonth: 100, linkNeeds: 'internet-ok', leadTime: 'weeks' },
    expected: 'single-vpc-vpn',
  },
  {
    situation: 'Boundary: the same branch link with a second VPC shares one VPN on a Transit Gateway',
    answers: { ...open, vpcCount: 2, ...link, ...hybrid },
    expected: 'transit-gateway-vpn',
  },
  {
    situation: 'One VPC at 2 Gbps over the internet needs a Large tunnel, which only a Transit Gateway offers',
    answers: { ...open, vpcCount: 1, bandwidthGbps: 2, dataGbPerMonth: 100, linkNeeds: 'internet-ok', leadTime: 'days' },
    expected: 'single-vpc-vpn',
  },
  {
    situation: 'One VPC whose compliance rules forbid the internet path gets a circuit through a Direct Connect gateway',
    answers: { ...open, vpcCount: 1, bandwidthGbps: 0.5, dataGbPerMonth: 300, linkNeeds: 'dedicated', leadTime: 'weeks' },
    expected: 'single-vpc-direct-connect',
  },
  {
    situation: 'Boundary: one VPC at 5 Gbps fills a Large tunnel, so it needs Direct Connect',
    answers: { ...open, vpcCount: 1, bandwidthGbps: 5, dataGbPerMonth: 1000, linkNeeds: 'internet-ok', leadTime: 'weeks' },
    expected: 'single-vpc-direct-connect',
  },
  // Central inspection (issue 13): reachable at every count, not only at 3 to 5 VPCs.
  {
    situation: 'Boundary: one VPC whose traffic to the data centre must pass a central firewall',
    answers: { vpcCount: 1, inspection: 'required', bandwidthGbps: 0.2, dataGbPerMonth: 100, linkNeeds: 'internet-ok', leadTime: 'weeks' },
    expected: 'single-vpc-vpn',
  },
  {
    situation: 'Boundary: two VPCs whose traffic to each other must be inspected cannot use peering',
    answers: { vpcCount: 2, inspection: 'required', onPrem: 'none', ...rest },
    expected: 'transit-gateway',
  },
  {
    situation: 'Twelve VPCs and a data centre, all traffic inspected centrally',
    answers: { vpcCount: 12, inspection: 'required', ...link, ...hybrid },
    expected: 'transit-gateway-vpn',
  },
  // Resilient Direct Connect (issue 17): how critical the link is decides the layout.
  {
    situation: 'Boundary: a private link that must survive the loss of a Direct Connect location gets connections at two locations',
    answers: { ...open, vpcCount: 8, ...circuit, bandwidthGbps: 2, dataGbPerMonth: 8000, linkNeeds: 'dedicated-resilient', linkCriticality: 'high', ...hybrid },
    expected: 'direct-connect-resilient',
  },
  {
    situation: 'Boundary: the same link where a VPN may stand in keeps one circuit and a VPN backup',
    answers: { ...open, vpcCount: 8, ...circuit, bandwidthGbps: 2, dataGbPerMonth: 8000, linkNeeds: 'dedicated-resilient', linkCriticality: 'vpn-backup', ...hybrid },
    expected: 'transit-gateway-dx-vpn-backup',
  },
  {
    situation: 'Boundary: a private link with no resilience asked for is one circuit',
    answers: { ...open, vpcCount: 8, ...link, bandwidthGbps: 2, dataGbPerMonth: 8000, linkNeeds: 'dedicated', ...hybrid },
    expected: 'transit-gateway-direct-connect',
  },
  {
    situation: 'One VPC running core banking needs the maximum-resiliency layout',
    answers: { ...open, vpcCount: 1, bandwidthGbps: 2, dataGbPerMonth: 8000, linkNeeds: 'dedicated-resilient', linkCriticality: 'maximum' },
    expected: 'direct-connect-resilient',
  },
  {
    situation: 'One VPC with a VPN allowed as the stand-in gets one circuit and a VPN on its own gateway',
    answers: { ...open, vpcCount: 1, bandwidthGbps: 0.5, dataGbPerMonth: 500, linkNeeds: 'dedicated-resilient', linkCriticality: 'vpn-backup' },
    expected: 'single-vpc-direct-connect',
  },
];

describe('vpc-connectivity scenarios', () => {
  itDecidesScenarios(guide, scenarios);

  it('refuses a number outside its range and names the range', () => {
    // The range starts at 1 since a single VPC linked to on-premises is a case of its own (issue 13); it used to start at 2.
    const none = decide(guide, { vpcCount: 0 });
    expect(none.status).toBe('error');
    if (none.status === 'error') expect(none.message).toMatch(/1 to 5,000 VPCs/);
    const huge = decide(guide, { vpcCount: 4, pattern: 'some-pairs', ...link, bandwidthGbps: 1000, ...hybrid });
    expect(huge).toMatchObject({ status: 'error', message: expect.stringMatching(/outside the range 0\.01 to 400 Gbps/) });
    expect(decide(guide, { vpcCount: 2.5 })).toMatchObject({ status: 'error', message: expect.stringMatching(/whole number/) });
  });

  it('reproduces the seed\u2019s figures', () => {
    const figure = (outcome: string, label: RegExp, numbers: Record<string, number>) => figureValue(guide, outcome, label, numbers);
    expect(figure('vpc-peering', /full mesh, n\(n/, { vpcCount: 10 })).toBe(45);
    expect(figure('transit-gateway', /full mesh would need/, { vpcCount: 100 })).toBe(4950);
    expect(figure('transit-gateway', /attachments \(one per VPC\)$/, { vpcCount: 100 })).toBe(100);
    expect(figure('transit-gateway-vpn', /^Site-to-Site VPN per month/, { dataGbPerMonth: 100 })).toBe(45);
    expect(figure('transit-gateway-vpn', /^Direct Connect 1 Gbps per month/, { dataGbPerMonth: 100 })).toBe(222);
    expect(figure('transit-gateway', /NAT gateway spend avoided/, { vpcCount: 11 })).toBe(1600);
  });
});

describe('vpc-connectivity figures an expert checks', () => {
  const library = loadLibrary(readTrees());
  const recommend = (answers: Record<string, string | number>) => {
    const decided = decide(guide, answers);
    if (decided.status !== 'outcome') throw new Error(`no outcome: ${JSON.stringify(decided)}`);
    return buildRecommendation(guide, library.catalog, { outcome: decided.outcome, answers: decided.answers, path: decided.path });
  };

  it('costs Direct Connect at the port the peak needs and adds the Transit Gateway charges on the path (2 Gbps, 8,000 GB)', () => {
    const rec = recommend({ ...open, vpcCount: 8, ...link, bandwidthGbps: 2, dataGbPerMonth: 8000, ...hybrid });
    expect(rec.outcome.id).toBe('transit-gateway-direct-connect');
    const port = rec.figures.filter((f) => /^Direct Connect at the port your peak needs/.test(f.label));
    expect(port.map((f) => f.label)).toEqual([expect.stringContaining('(10 Gbps)')]);
    expect(port[0]!.value).toBe(1642 + 0.02 * 8000);
    const tgw = rec.figures.find((f) => /^Transit Gateway charges on the hybrid path/.test(f.label));
    expect(tgw?.value).toBe(Math.round((8 + 1) * 0.05 * 730 + 0.02 * 8000));
    expect(rec.notes.join(' ')).toContain('$1,642 a month');
    expect(rec.figures.filter((f) => /^Direct Connect 1 Gbps/.test(f.label))).toEqual([]);
    const vpn = recommend({ ...open, vpcCount: 8, ...link, bandwidthGbps: 2, dataGbPerMonth: 500, ...hybrid });
    expect(vpn.outcome.id).toBe('transit-gateway-vpn');
    expect(vpn.figures.find((f) => /^Direct Connect instead, at the 10 Gbps port/.test(f.label))?.value).toBe(1642 + 0.02 * 500);
    expect(vpn.figures.filter((f) => /^Direct Connect 1 Gbps/.test(f.label))).toEqual([]);
    expect(rec.facts.map((f) => f.text).join(' ')).not.toMatch(/\$300|\$14,000/);
  });

  it('warns at 90 % of a Large tunnel and sizes Large tunnels above a Standard one', () => {
    const rec = recommend({ ...open, vpcCount: 8, ...link, bandwidthGbps: 4.6, ...hybrid });
    expect(rec.outcome.id).toBe('transit-gateway-vpn');
    expect(rec.warnings.join(' ')).toMatch(/90 % or more of a Large tunnel’s 5 Gbps/);
    expect(rec.figures.find((f) => /^Large VPN tunnels needed/.test(f.label))?.text).toBe('1 tunnel');
    const small = recommend({ ...open, vpcCount: 8, ...link, bandwidthGbps: 0.2, ...hybrid });
    expect(small.warnings.join(' ')).not.toMatch(/Large tunnel/);
    expect(small.figures.find((f) => /^Standard VPN tunnels needed/.test(f.label))?.text).toBe('1 tunnel');
  });
  it('draws one VPC\u2019s VPN on a virtual private gateway, and on a Transit Gateway when a Large tunnel or inspection needs a hub', () => {
    const ids = (answers: Record<string, string | number>) => recommend(answers).services.map((s) => s.service.id);
    const single = { vpcCount: 1, dataGbPerMonth: 100, linkNeeds: 'internet-ok', leadTime: 'weeks' };
    expect(ids({ ...single, ...open, bandwidthGbps: 0.2 })).toEqual(['aws.site-to-site-vpn', 'aws.vpn-gateway', 'aws.vpc']);
    expect(ids({ ...single, ...open, bandwidthGbps: 2 })).toEqual(['aws.site-to-site-vpn', 'aws.transit-gateway', 'aws.vpc']);
    const inspected = recommend({ ...single, inspection: 'required', bandwidthGbps: 0.2 });
    expect(inspected.services.map((s) => s.service.id)).toEqual(['aws.site-to-site-vpn', 'aws.transit-gateway', 'aws.network-firewall', 'aws.vpc']);
    expect(inspected.figures.find((f) => /^Transit Gateway charges: three attachments/.test(f.label))?.value).toBe(Math.round(3 * 0.05 * 730 + 2 * 0.02 * 100));
    expect(recommend({ ...single, ...open, bandwidthGbps: 0.2 }).figures.find((f) => /^Site-to-Site VPN per month/.test(f.label))?.value).toBe(45);
  });

  it('draws the inspection VPC at any count once inspection is required', () => {
    for (const vpcCount of [2, 4, 12]) {
      const answers = vpcCount === 4 ? { vpcCount, pattern: 'through-hub', onPrem: 'none', ...rest } : { vpcCount, inspection: 'required', onPrem: 'none', ...rest };
      const rec = recommend(answers);
      expect(rec.outcome.id).toBe('transit-gateway');
      expect(rec.services.map((s) => s.service.id)).toContain('aws.network-firewall');
      expect(rec.notes.join(' ')).toMatch(vpcCount === 4 ? /through the inspection VPC/ : /Central inspection/);
    }
    expect(recommend({ ...open, vpcCount: 12, onPrem: 'none', ...rest }).services.map((s) => s.service.id)).not.toContain('aws.network-firewall');
  });

  it('prices the two-location layouts at the port the peak needs (2 Gbps, 8,000 GB)', () => {
    const base = { ...open, vpcCount: 8, ...circuit, bandwidthGbps: 2, dataGbPerMonth: 8000, linkNeeds: 'dedicated-resilient', ...hybrid };
    const high = recommend({ ...base, linkCriticality: 'high' });
    expect(high.figures.find((f) => /^Direct Connect connections for high resiliency/.test(f.label))?.value).toBe(2);
    expect(high.figures.find((f) => /^Direct Connect at two locations per month/.test(f.label))?.value).toBe(2 * 1642 + 0.02 * 8000);
    expect(high.notes.join(' ')).toMatch(/99\.9 %/);
    const max = recommend({ ...base, linkCriticality: 'maximum' });
    expect(max.figures.find((f) => /^Direct Connect connections for maximum resiliency/.test(f.label))?.value).toBe(4);
    expect(max.figures.find((f) => /^Direct Connect at two locations per month/.test(f.label))?.value).toBe(4 * 1642 + 0.02 * 8000);
    expect(max.notes.join(' ')).toMatch(/99\.99 %/);
    expect(max.figures.find((f) => /^A single 10 Gbps connection instead/.test(f.label))?.value).toBe(1642 + 0.02 * 8000);
  });
});
