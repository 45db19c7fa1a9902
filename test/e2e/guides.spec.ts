import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { decide } from '../../src/core/guide/decide';
import type { Answers, Guide } from '../../src/core/guide/schema';
import { loadGuide } from '../helpers/guides';
import { expectNoOverlap, heading, nextButton, node, openGuide, readGuide } from './helpers';

/**
 * One full path through each of the four other design-card guides, driven by what the page
 * shows: the heading names the question, the test answers it as a user would.
 */
const journeys: { guide: string; situation: string; answers: Answers; outcome: string }[] = [
  {
    guide: 'compute',
    situation: 'a 16-minute export cannot run on Lambda, so it runs as a Fargate task',
    answers: { workloadShape: 'event-driven', taskMinutes: 16, utilisation: 10, platform: 'aws-native', nodeFeatures: 'containers-only', nodeManagement: 'no-nodes', monthlySpend: 1500 },
    outcome: 'ecs-fargate',
  },
  {
    guide: 'database',
    situation: 'a new SaaS product needs joins and transactions with two read replicas',
    answers: { dataRole: 'system-of-record', dataModel: 'relational', availabilityTarget: 99.95, readReplicas: 2, loadShape: 'steady', lambdaClients: 'no', regionCount: 1, engine: 'new' },
    outcome: 'aurora',
  },
  {
    guide: 'disaster-recovery',
    situation: 'RPO exactly 1 minute is not under 1 minute: with a 2-hour RTO a pilot light is enough',
    answers: { rpoMinutes: 1, rtoMinutes: 120, criticality: 'important', dataStore: 'aurora', compute: 'ecs', monthlySpend: 40000, downtimeCostPerHour: 20000, budget: 'up-to-100', clientNeeds: 'dns-fine' },
    outcome: 'pilot-light',
  },
  {
    guide: 'vpc-connectivity',
    situation: 'eight VPCs and a 5 Gbps link to the data centre (a full Large VPN tunnel) need Direct Connect',
    answers: { vpcCount: 8, onPrem: 'needed', bandwidthGbps: 5, dataGbPerMonth: 100, linkNeeds: 'internet-ok', leadTime: 'weeks', awsRegions: 'one', hybridEgress: 'per-vpc', isolation: 'one-environment', accounts: 'single', inspection: 'not-required' },
    outcome: 'transit-gateway-direct-connect',
  },
];

async function answerAll(page: Page, guide: Guide, answers: Answers): Promise<number> {
  let asked = 0;
  while (await heading(page).isVisible()) {
    const prompt = (await heading(page).textContent())?.trim() ?? '';
    const question = guide.questions.find((q) => q.prompt === prompt);
    expect(question, `a question titled "${prompt}"`).toBeDefined();
    const value = answers[question!.id];
    expect(value, `an answer for ${question!.id}`).toBeDefined();
    if (question!.kind === 'choice') {
      const label = question!.choices.find((c) => c.value === value)!.label;
      await page.getByRole('radio', { name: label, exact: false }).first().check();
    } else {
      await page.locator('.number-field__input').fill(String(value));
    }
    await nextButton(page).click();
    asked++;
    await expect(heading(page).or(page.locator('.rec-hero__title')).first()).toBeVisible();
    if (asked > 20) throw new Error('the wizard never reached an outcome');
  }
  return asked;
}

for (const journey of journeys) {
  test(`${journey.guide}: ${journey.situation}`, async ({ page }, testInfo) => {
    const guide = loadGuide(journey.guide);
    const expected = decide(guide, journey.answers);
    expect(expected, 'the journey is a complete path to its outcome').toMatchObject({ status: 'outcome', outcome: journey.outcome });

    await openGuide(page, guide.title);
    const asked = await answerAll(page, guide, journey.answers);
    expect(asked).toBe(Object.keys(journey.answers).length);

    const outcome = guide.outcomes.find((o) => o.id === journey.outcome)!;
    await expect(page.locator('.rec-hero__title')).toHaveText(outcome.title);
    await expect(page.locator('.why-not__item')).toHaveCount(guide.outcomes.length - 1);
    // Every unconditional service node of the outcome's diagram is drawn.
    for (const n of outcome.diagram.nodes.filter((x) => !x.when)) await expect(node(page, n.id), `node ${n.id}`).toBeVisible();
    await expectNoOverlap(page, readGuide(journey.guide), journey.outcome);

    const shot = testInfo.outputPath(`${journey.guide}-recommendation.png`);
    mkdirSync(testInfo.outputDir, { recursive: true });
    await page.screenshot({ path: shot, fullPage: true });
    await testInfo.attach(`${journey.guide} recommendation`, { path: shot, contentType: 'image/png' });
  });
}
