import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

type WhyNotText = string | { byQuestion: Record<string, string>; default?: string };
type GuideFile = { outcomes: { id: string; title: string; whyNot: Record<string, WhyNotText> }[] };
const guide = (id: string): GuideFile =>
  JSON.parse(readFileSync(new URL(`../../decision-trees/${id}.json`, import.meta.url), 'utf8')) as GuideFile;
/** The guide's text on why answering `question` rules `to` out of `from`. */
const whyNot = (g: string, from: string, to: string, question: string) => {
  const entry = guide(g).outcomes.find((o) => o.id === from)!.whyNot[to]!;
  return typeof entry === 'string' ? entry : (entry.byQuestion[question] ?? entry.default!);
};

async function openActivity(page: Page, activity: 'drill' | 'mock' | 'cards' | 'progress'): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Rehearse' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rehearse' })).toBeFocused();
  await page.locator(`[data-activity="${activity}"]`).click();
}

/** The free-recall step: options stay hidden until service, requirement and risk are written. */
async function recall(page: Page, service: string, requirement: string, risk: string): Promise<void> {
  await expect(page.locator('.pick-option')).toHaveCount(0);
  await page.getByRole('button', { name: 'Show the options' }).click();
  await expect(page.getByRole('alert')).toHaveText('Write all three before you see the options.');
  await expect(page.locator('.pick-option')).toHaveCount(0);
  await page.getByLabel('Which service would you choose?').fill(service);
  await page.getByLabel('Which requirement decides it?').fill(requirement);
  await page.getByLabel('One risk of that choice').fill(risk);
  await page.getByRole('button', { name: 'Show the options' }).click();
}

async function commit(page: Page, outcome: RegExp, requirement: string): Promise<void> {
  await page.getByRole('radio', { name: outcome }).check();
  await page.getByLabel('Which requirement decides it?').selectOption(requirement);
  await page.getByRole('button', { name: 'Commit answer' }).click();
}

test.describe('rehearsal mode', () => {
  test('a scenario drill: recall first, a wrong pick explained and defended, then what would change the answer', async ({ page }) => {
    await page.goto('/');
    await openActivity(page, 'drill');
    await expect(page.getByRole('heading', { level: 1, name: 'Scenario drill' })).toBeVisible();

    // Wrong service, but the pattern is one of the answers that decides it, so it earns its point.
    await page.getByLabel('Scenario').selectOption('msg-ledger-postings-fifo');
    await expect(page.locator('.situation')).toContainText('A bank applies card and transfer postings');
    await recall(page, 'A plain queue', 'Throughput', 'Duplicates');
    // The pick screen lists the scenario's requirements by short name, never the guide's prompts.
    const requirement = page.getByLabel('Which requirement decides it?');
    const listed = await requirement.locator('option').allTextContents();
    expect(listed.length).toBeGreaterThan(2);
    expect(listed.join('\n')).not.toContain('Must messages be handled strictly in order');
    await commit(page, /SQS Standard queue/, 'pattern');
    await expect(page.locator('.verdict')).toContainText('Not quite: you chose SQS Standard queue');
    await expect(page.locator('.verdict')).toContainText('You also named a requirement that decides it.');
    await expect(page.locator('.verdict__score')).toHaveText('1 / 2 points');
    await expect(page.getByTestId('guide-answer')).toContainText('SQS FIFO queue with message groups');
    const why = page.getByTestId('why-not');
    await expect(why).toContainText('Why not SQS Standard queue');
    await expect(why).toContainText(whyNot('messaging', 'sqs-fifo', 'sqs-standard', 'ordering'));
    const path = page.getByTestId('guide-path');
    await expect(path.locator('.path-step--decider').filter({ hasText: 'Yes — in sequence and exactly once' })).toHaveCount(1);
    await expect(path).toContainText('800 messages/s');
    // Defend it after a wrong pick too.
    await expect(page.locator('.defend')).toBeVisible();
    // What would change your answer: the ordering flips, and the new answer is checked.
    const change = page.getByTestId('what-would-change');
    await expect(change).toContainText('No — any order, repeats are harmless');
    await change.getByLabel('Your new answer').selectOption('sqs-fifo');
    await change.getByRole('button', { name: 'Check' }).click();
    await expect(change.getByRole('status')).toContainText('The guide now lands on SQS Standard queue');
    await change.getByLabel('Your new answer').selectOption('sqs-standard');
    await change.getByRole('button', { name: 'Check' }).click();
    await expect(change.getByRole('status')).toContainText('Yes: the guide now lands on SQS Standard queue');

    // Right: a zero-loss ledger needs active-active, and the RPO decides it.
    await page.getByRole('button', { name: 'Next scenario' }).click();
    await page.getByLabel('Scenario').selectOption('dr-fintech-ledger-zero-loss');
    await recall(page, 'Active-active in two Regions', 'No data loss', 'Write conflicts');
    await page.getByRole('button', { name: 'Commit answer' }).click();
    await expect(page.getByRole('alert')).toHaveText('Choose a service before committing.');
    await commit(page, /Multi-site active-active/, 'rpoMinutes');
    await expect(page.locator('.verdict')).toContainText('Right: Multi-site active-active');
    await expect(page.locator('.verdict__score')).toHaveText('2 / 2 points');
    await expect(page.getByTestId('why-not')).toHaveCount(0);

    // Defend it: write an answer, then see the guide's.
    const defend = page.locator('.defend');
    await expect(defend.getByText('Why not Warm standby?')).toBeVisible();
    await defend.getByLabel('Why not Warm standby?').fill('A warm standby still loses the seconds of replication lag.');
    await expect(page.getByTestId('model-answer')).toHaveCount(0);
    await defend.getByRole('button', { name: 'Show model answer' }).first().click();
    const model = page.getByTestId('model-answer');
    await expect(model).toHaveAttribute('data-outcome', 'warm-standby');
    await expect(model).toContainText(whyNot('disaster-recovery', 'multi-site-active-active', 'warm-standby', 'rpoMinutes').slice(0, 60));

    // Both attempts count on the progress page.
    await page.getByRole('button', { name: /All activities/ }).click();
    await page.locator('[data-activity="progress"]').click();
    await expect(page.getByTestId('total-answered')).toHaveText('2');
    await expect(page.locator('tr[data-topic="messaging-events"]')).toContainText('0%');
    await expect(page.locator('tr[data-topic="disaster-recovery"]')).toContainText('100%');
    await expect(page.getByTestId('weakest').locator('li').first()).toContainText(/Messaging/);
  });

  test('a mock round on a visible clock ends in a summary exported as Markdown', async ({ page }) => {
    await page.goto('/');
    await openActivity(page, 'mock');
    await page.getByRole('button', { name: 'Start the round' }).click();
    await expect(page.getByTestId('mock-clock')).toHaveText(/^1[45]:\d\d$/);
    const titles: string[] = [];
    for (let i = 0; i < 5; i++) {
      await expect(page.locator('.mock-bar__count')).toHaveText(`Scenario ${i + 1} of 5`);
      titles.push((await page.locator('.situation__title').textContent())!);
      await page.locator('.pick-option input').first().check();
      await page.getByRole('button', { name: i === 4 ? 'Commit and finish' : 'Commit and continue' }).click();
    }
    await expect(page.getByRole('heading', { name: 'Round summary' })).toBeFocused();
    const score = (await page.getByTestId('mock-score').textContent())!.replace(/\s+/g, ' ').trim();
    expect(score).toMatch(/^\d+ \/ 10$/);
    await expect(page.locator('.mock-table tbody tr')).toHaveCount(5);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as Markdown' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^archtree-mock-round-\d{4}-\d{2}-\d{2}-\d{4}\.md$/);
    const markdown = readFileSync((await download.path())!, 'utf8');
    expect(markdown).toMatch(/^# Archtree mock round\n/);
    expect(markdown).toContain(`**Score: ${score}**`);
    expect(markdown).toContain('| # | Scenario | Guide | Your pick | Right answer | Time | Result |');
    for (const title of titles) expect(markdown).toContain(`| ${title} |`);
    expect(markdown).toContain('## Sections to revisit');
    expect(markdown).toMatch(/\| \d:\d\d \| (Right|Wrong|Right service, other requirement) \|/);
  });

  test('the round ends when the 15 minutes run out', async ({ page }) => {
    await page.clock.install();
    await page.goto('/');
    await openActivity(page, 'mock');
    await page.getByRole('button', { name: 'Start the round' }).click();
    await expect(page.getByTestId('mock-clock')).toHaveText('15:00');
    await page.locator('.pick-option input').first().check();
    await page.getByRole('button', { name: 'Commit and continue' }).click();
    await page.clock.fastForward('15:01');
    await expect(page.getByRole('heading', { name: 'Round summary' })).toBeVisible();
    await expect(page.locator('.mock-score')).toContainText('(time ran out)');
    await expect(page.locator('.mock-table tbody tr')).toHaveCount(5);
    await expect(page.locator('.mock-table tbody')).toContainText('No answer');
  });

  test('a flashcard session keeps its progress across a reload', async ({ page }) => {
    await page.goto('/');
    await openActivity(page, 'cards');
    const card = page.locator('.flashcard');
    const first = (await card.getAttribute('data-card'))!;
    await expect(card.getByTestId('card-back')).toHaveCount(0);
    await page.keyboard.press('Space');
    await expect(card.getByTestId('card-back')).toBeVisible();
    await expect(page.getByRole('group', { name: 'How well did you recall it?' }).getByRole('button')).toHaveCount(4);
    await page.keyboard.press('3'); // Good
    await expect(card).not.toHaveAttribute('data-card', first);
    const second = (await card.getAttribute('data-card'))!;
    await card.getByRole('button', { name: /Show answer/ }).click();
    await page.getByRole('button', { name: /^Easy/ }).click();
    await expect(page.locator('.cards-status')).toContainText('2 reviewed this session');

    await page.reload();
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('archtree.rehearsal') ?? 'null'));
    expect(saved.version).toBe(1);
    expect(saved.reviews.map((r: { card: string; rating: string }) => `${r.card}:${r.rating}`)).toEqual([`${first}:good`, `${second}:easy`]);
    expect(Object.keys(saved.cards).sort()).toEqual([first, second].sort());

    await openActivity(page, 'progress');
    await expect(page.getByTestId('total-answered')).toHaveText('2');
    await page.getByRole('button', { name: /All activities/ }).click();
    await page.locator('[data-activity="cards"]').click();
    // Both cards are scheduled for later, so the session starts elsewhere.
    await expect(page.locator('.flashcard')).not.toHaveAttribute('data-card', first);
    await expect(page.locator('.flashcard')).not.toHaveAttribute('data-card', second);
  });

  test('corrupt saved progress is kept aside and rehearsal starts fresh', async ({ page }) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('archtree.rehearsal', '{"version":1,');
        sessionStorage.setItem('seeded', '1');
      }
    });
    await page.goto('/');
    await openActivity(page, 'progress');
    await expect(page.getByTestId('total-answered')).toHaveText('0');
    const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('archtree.rehearsal.corrupt-')));
    expect(keys).toHaveLength(1);
    expect(await page.evaluate((k) => localStorage.getItem(k), keys[0]!)).toBe('{"version":1,');
  });
});
