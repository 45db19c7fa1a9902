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
/** A modest branch-office link: fits a VPN on every count. */
const link = {
  onPrem: 'needed', bandwidthGbps: 0.2, dataGbPerMonth: 100, linkNeeds: 'internet-ok', leadTime: 'weeks', awsRegions: 'one',
} as const;


const scenarios: Scenario[] = [
  {
    situation: 'Boundary: two VPCs (app and data) with nothing on-premises need one peering connection',
    answers: { vpcCount: 2, onPrem: 'none', ...rest },
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
    answers: { vpcCount: 6, onPrem: 'none', ...rest },
    expected: 'transit-gateway',
  },
  {
    situation: 'Ten VPCs would need 45 peering connections',
    answers: { vpcCount: 10, onPrem: 'none', ...rest },
    expected: 'transit-gateway',
  },
  {
    situation: 'A hundred VPCs across an organisation, prod and dev segmented, one shared egress',
    answers: { vpcCount: 100, onPrem: 'none', egress: 'central', isolation: 'segmented', accounts: 'multi' },
    expected: 'transit-gateway',
  },
  {
    situation: 'Even two VPCs need a hub when they share one egress VPC (transitive routing to NAT)',
    answers: { vpcCount: 2, onPrem: 'none', ...rest, egress: 'central' },
    expected: 'transit-gateway',
  },
  {
    situation: 'Four VPCs and a branch office sending 100 GB a month at 200 Mbps',
    answers: { vpcCount: 4, pattern: 'some-pairs', ...link, ...rest },
    expected: 'transit-gateway-vpn',
  },
  {
    situation: 'Just under one tunnel: 1.2 Gbps over the internet still fits a VPN',
    answers: { vpcCount: 8, ...link, bandwidthGbps: 1.2, ...rest },
    expected: 'transit-gateway-vpn',
  },
  {
    // Was Direct Connect: a Large VPN tunnel on a Transit Gateway carries up to 5 Gbps (FACT-REVIEW row 3).
    situation: 'Boundary: 1.25 Gbps is past a Standard tunnel but fits one Large VPN tunnel on the Transit Gateway',
    answers: { vpcCount: 8, ...link, bandwidthGbps: 1.25, ...rest },
    expected: 'transit-gateway-vpn',
  },
  {
    situation: 'Just under a Large tunnel: 4.9 Gbps over the internet still fits a VPN (with a warning)',
    answers: { vpcCount: 8, ...link, bandwidthGbps: 4.9, ...rest },
    expected: 'transit-gateway-vpn',
  },
  {
    situation: 'Boundary: 5 Gbps fills a Large VPN tunnel, so a dedicated circuit is needed',
    answers: { vpcCount: 8, ...link, bandwidthGbps: 5, ...rest },
    expected: 'transit-gateway-direct-connect',
  },
  {
    situation: 'Heavy volume: 5,000 GB a month at 500 Mbps makes Direct Connect cheaper than a VPN',
    answers: { vpcCount: 8, ...link, bandwidthGbps: 0.5, dataGbPerMonth: 5000, ...rest },
    expected: 'transit-gateway-direct-connect',
  },
  {
    situation: 'Just below the break-even volume (2,628 GB) a VPN is still the cheaper link',
    answers: { vpcCount: 8, ...link, bandwidthGbps: 0.5, dataGbPerMonth: 2628, ...rest },
    expected: 'transit-gateway-vpn',
  },
  {
    situation: 'A healthcare provider whose compliance forbids traffic over the internet',
    answers: { vpcCount: 12, ...link, linkNeeds: 'dedicated', ...rest, isolation: 'segmented', accounts: 'multi' },
    expected: 'transit-gateway-direct-connect',
  },
  {
    situation: 'A bank needs a private 10 Gbps link that survives a circuit failure, in two regions',
    answers: { vpcCount: 40, ...link, bandwidthGbps: 10, dataGbPerMonth: 50_000, linkNeeds: 'dedicated-resilient', awsRegions: 'several', egress: 'central', isolation: 'segmented', accounts: 'multi' },
    expected: 'transit-gateway-dx-vpn-backup',
  },
  {
    situation: 'A data-centre migration needs 5 Gbps this week: VPN now, Direct Connect when it arrives',
    answers: { vpcCount: 3, pattern: 'full-mesh', ...link, bandwidthGbps: 5, leadTime: 'days', ...rest },
    expected: 'transit-gateway-dx-vpn-backup',
  },
];

describe('vpc-connectivity scenarios', () => {
  itDecidesScenarios(guide, scenarios);

  it('refuses a number outside its range and names the range', () => {
    const one = decide(guide, { vpcCount: 1, onPrem: 'none', ...rest });
    expect(one.status).toBe('error');
    if (one.status === 'error') expect(one.message).toMatch(/2 to 5,000 VPCs/);
    const huge = decide(guide, { vpcCount: 4, pattern: 'some-pairs', ...link, bandwidthGbps: 1000, ...rest });
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
    const rec = recommend({ vpcCount: 8, ...link, bandwidthGbps: 2, dataGbPerMonth: 8000, ...rest });
    expect(rec.outcome.id).toBe('transit-gateway-direct-connect');
    const port = rec.figures.filter((f) => /^Direct Connect at the port your peak needs/.test(f.label));
    expect(port.map((f) => f.label)).toEqual([expect.stringContaining('(10 Gbps)')]);
    expect(port[0]!.value).toBe(1642 + 0.02 * 8000);
    const tgw = rec.figures.find((f) => /^Transit Gateway charges on the hybrid path/.test(f.label));
    expect(tgw?.value).toBe(Math.round((8 + 1) * 0.05 * 730 + 0.02 * 8000));
    expect(rec.notes.join(' ')).toContain('$1,642 a month');
    expect(rec.figures.filter((f) => /^Direct Connect 1 Gbps/.test(f.label))).toEqual([]);
    const vpn = recommend({ vpcCount: 8, ...link, bandwidthGbps: 2, dataGbPerMonth: 500, ...rest });
    expect(vpn.outcome.id).toBe('transit-gateway-vpn');
    expect(vpn.figures.find((f) => /^Direct Connect instead, at the 10 Gbps port/.test(f.label))?.value).toBe(1642 + 0.02 * 500);
    expect(vpn.figures.filter((f) => /^Direct Connect 1 Gbps/.test(f.label))).toEqual([]);
    expect(rec.facts.map((f) => f.text).join(' ')).not.toMatch(/\$300|\$14,000/);
  });

  it('warns at 90 % of a Large tunnel and sizes Large tunnels above a Standard one', () => {
    const rec = recommend({ vpcCount: 8, ...link, bandwidthGbps: 4.6, ...rest });
    expect(rec.outcome.id).toBe('transit-gateway-vpn');
    expect(rec.warnings.join(' ')).toMatch(/90 % or more of a Large tunnel’s 5 Gbps/);
    expect(rec.figures.find((f) => /^Large VPN tunnels needed/.test(f.label))?.text).toBe('1 tunnel');
    const small = recommend({ vpcCount: 8, ...link, bandwidthGbps: 0.2, ...rest });
    expect(small.warnings.join(' ')).not.toMatch(/Large tunnel/);
    expect(small.figures.find((f) => /^Standard VPN tunnels needed/.test(f.label))?.text).toBe('1 tunnel');
  });
});
