import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

type QuestionFile = { questions: { id: string; prompt: string; keyPoints: { id: string; point: string; why: string }[]; links: { guides?: string[] } }[] };
const questionsOf = (section: string) =>
  (JSON.parse(readFileSync(new URL(`../../decision-trees/questions/${section}.json`, import.meta.url), 'utf8')) as QuestionFile).questions;
const guideTitle = (id: string) => (JSON.parse(readFileSync(new URL(`../../decision-trees/${id}.json`, import.meta.url), 'utf8')) as { title: string }).title;

const drStrategy = questionsOf('ha-dr').find((q) => q.id === 'q-dr-strategy')!;
const point = (id: string) => drStrategy.keyPoints.find((p) => p.id === id)!;

async function openActivity(page: Page, activity: 'questions' | 'interview' | 'progress'): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Rehearse' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rehearse' })).toBeFocused();
  await page.locator(`[data-activity="${activity}"]`).click();
}

test.describe('interview questions', () => {
  test('answer, tick the key points covered, see the misses and the deciding guide, and find the progress after a reload', async ({ page }) => {
    await page.goto('/');
    await openActivity(page, 'questions');
    await expect(page.getByRole('heading', { level: 1, name: 'Interview questions' })).toBeVisible();

    await page.getByLabel('Section').selectOption('ha-dr');
    await page.getByLabel('Question').selectOption('q-dr-strategy');
    await expect(page.getByTestId('question-prompt')).toHaveText(drStrategy.prompt);

    // A visible clock once one is chosen.
    await page.getByRole('radio', { name: '2 min' }).check();
    await expect(page.getByRole('timer')).toHaveText(/^[12]:\d\dleft$/);

    await page.getByLabel('Your answer').fill('I would run a warm standby in a second Region, with Aurora Global replication for the data, and test the failover every quarter.');
    await page.getByRole('button', { name: 'Check my answer' }).click();

    // The hint marks what the typed answer seems to mention; nothing is ticked for the candidate.
    const items = page.locator('.checklist__items li');
    await expect(items).toHaveCount(drStrategy.keyPoints.length);
    for (const id of ['pick', 'rpo-from-replication', 'test']) {
      await expect(items.filter({ hasText: point(id).point }).locator('.tag--hint')).toHaveText('mentioned?');
    }
    await expect(items.filter({ hasText: point('cost').point }).locator('.tag--hint')).toHaveCount(0);
    await expect(page.locator('.checklist__items input:checked')).toHaveCount(0);

    await page.getByRole('checkbox', { name: point('pick').point }).check();
    await page.getByRole('checkbox', { name: point('rpo-from-replication').point }).check();
    await page.getByRole('button', { name: 'Score my answer' }).click();

    await expect(page.getByTestId('coverage')).toHaveText(`You covered 2 of ${drStrategy.keyPoints.length} key points (22 %).`);
    const missed = page.getByTestId('missed');
    await expect(missed).toContainText(point('cost').why);
    await expect(missed).toContainText(point('logical-corruption').point);
    await expect(missed).not.toContainText(point('pick').point);

    const title = guideTitle(drStrategy.links.guides![0]!);
    const practise = page.getByTestId('practise-links');
    await expect(practise).toContainText(`The guide that decides this: ${title}.`);
    await practise.getByRole('button', { name: 'Walk it in the guide' }).click();
    await expect(page.locator('.question-title')).toBeVisible();
    await expect(page.getByRole('banner')).toContainText(title);

    // The attempt was saved: it is on the progress page after a reload.
    await page.reload();
    await openActivity(page, 'progress');
    await expect(page.getByTestId('questions-practised')).toContainText('1 of 70 questions answered.');
    await expect(page.locator('tr[data-question-section="ha-dr"]')).toContainText('1 / 6');
    await expect(page.locator('tr[data-question-section="ha-dr"]')).toContainText('22%');
    const row = page.locator('[data-question="q-dr-strategy"]');
    await expect(row).toContainText('1 attempt');
    await row.getByText('Latest answer').click();
    await expect(row.locator('.typed-answer')).toHaveText(/^I would run a warm standby in a second Region/);
    await expect(row).toContainText(point('cost').point);
  });

  test('a mock interview across a section, with follow-ups, ends in a summary exported as Markdown', async ({ page }) => {
    await page.goto('/');
    await openActivity(page, 'interview');
    await page.getByLabel('Sections').selectOption('observability');
    await page.getByRole('radio', { name: '3', exact: true }).check();
    await page.getByRole('radio', { name: '2 min' }).check();
    await page.getByRole('button', { name: 'Start the interview' }).click();

    const prompts: string[] = [];
    for (let i = 0; i < 3; i++) {
      await expect(page.locator('.mock-bar__count')).toHaveText(`Question ${i + 1} of 3`);
      await expect(page.getByRole('timer')).toBeVisible();
      prompts.push((await page.getByTestId('question-prompt').textContent())!);
      await page.getByLabel('Your answer').fill('Metrics, structured logs and traces with OpenTelemetry.');
      await page.getByRole('button', { name: 'Done answering' }).click();
      await page.locator('.checklist__items input').first().check();
      await page.getByRole('button', { name: 'On to the follow-up' }).click();
      await expect(page.getByTestId('follow-up')).toHaveText(/\?$/);
      await page.getByRole('button', { name: i === 2 ? 'Finish the interview' : 'Next question' }).click();
    }
    const observability = questionsOf('observability');
    expect(prompts.every((p) => observability.some((q) => q.prompt === p))).toBe(true);
    expect(new Set(prompts).size).toBe(3);

    await expect(page.getByRole('heading', { name: 'Interview summary' })).toBeVisible();
    await expect(page.getByTestId('interview-table').locator('tbody tr')).toHaveCount(3);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as Markdown' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^archtree-interview-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}\.md$/);
    const markdown = readFileSync((await download.path())!, 'utf8');
    expect(markdown).toMatch(/^# Archtree mock interview\n/);
    expect(markdown).toContain('| # | Question | Section | Coverage | Time |');
    for (const prompt of prompts) expect(markdown).toContain(`### ${prompts.indexOf(prompt) + 1}. ${prompt}`);
    expect(markdown).toContain('> Metrics, structured logs and traces with OpenTelemetry.');
    expect(markdown).toContain('Follow-up: ');
    expect(markdown).toMatch(/\| 1 \/ \d+ \(\d+ %\) \| \d:\d\d/);

    // The answers count as practice.
    await page.getByRole('button', { name: /All activities/ }).click();
    await page.locator('[data-activity="progress"]').click();
    await expect(page.locator('tr[data-question-section="observability"]')).toContainText('3 / 6');
  });

  test('rehearsal progress exports, and an import with the wrong file says why', async ({ page }) => {
    await page.goto('/');
    await openActivity(page, 'progress');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export rehearsal progress' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^rehearsal-\d{4}-\d{2}-\d{2}\.archtree-rehearsal\.json$/);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'archtree-rehearsal-progress', version: 1 });

    const input = page.getByLabel('Import rehearsal progress');
    await input.setInputFiles({ name: 'session.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"archtree-session","version":2}') });
    await expect(page.getByRole('alert')).toHaveText('The file is not Archtree rehearsal progress (it has no "format": "archtree-rehearsal-progress").');
    await input.setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(page.getByRole('status').filter({ hasText: 'Imported mine.json' })).toBeVisible();
  });
});
