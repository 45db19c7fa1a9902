import { expect, test, type Page } from '@playwright/test';
import { decide } from '../../src/core/guide/decide';
import type { Answers, Guide } from '../../src/core/guide/schema';
import { loadGuide } from '../helpers/guides';
import { heading, nextButton } from './helpers';

/**
 * The view switch of the Architecture screen: one composed model shown as every AZ, as the
 * logical view (no boxes, each service once) and as the deployment view (one AZ box).
 */

const COMPUTE: Answers = { workloadShape: 'web-service', utilisation: 0, platform: 'aws-native', simpleService: 'single-service', appRunnerAccount: 'new', monthlySpend: 0 };

async function answerAll(page: Page, guide: Guide, answers: Answers): Promise<void> {
  for (let asked = 0; await heading(page).isVisible(); asked++) {
    if (asked > 20) throw new Error('the wizard never reached an outcome');
    const prompt = (await heading(page).textContent())?.trim() ?? '';
    const question = guide.questions.find((q) => q.prompt === prompt)!;
    const value = answers[question.id]!;
    if (question.kind === 'choice') await page.getByRole('radio', { name: question.choices.find((c) => c.value === value)!.label, exact: false }).first().check();
    else await page.locator('.number-field__input').fill(String(value));
    await nextButton(page).click();
    await expect(heading(page).or(page.locator('.rec-hero__title')).first()).toBeVisible();
  }
}

const nodes = (page: Page, prefix: string) => page.locator(`.react-flow__node[data-id^="${prefix}"]`);

test('switch the composed architecture between its views', async ({ page }) => {
  const guide = loadGuide('compute');
  expect(decide(guide, COMPUTE)).toMatchObject({ status: 'outcome', outcome: 'ecs-fargate' });
  await page.goto('/');
  await page.getByTestId('open-architecture').click();
  await page.getByTestId('add-guide-compute').click();
  await answerAll(page, guide, COMPUTE);
  await page.getByTestId('use-in-architecture').click();
  const diagram = page.getByTestId('architecture-diagram');
  await expect(diagram).toHaveAttribute('data-status', 'ready');

  // As composed: three AZs, a task in each.
  for (const az of ['a', 'b', 'c']) await expect(page.locator(`.react-flow__node[data-id="@region-1/vpc/az-${az}"]`)).toHaveCount(1);
  await expect(nodes(page, 'compute/task-')).toHaveCount(3);

  await page.getByTestId('view-switch').getByText('Logical').click();
  await expect(diagram).toHaveAttribute('data-status', 'ready');
  await expect(nodes(page, '@')).toHaveCount(1); // the users, and no box
  await expect(nodes(page, 'compute/task-')).toHaveCount(1);
  await expect(nodes(page, 'compute/task-a')).toContainText('×3');
  await expect(page.locator('.panel__hint')).toContainText('Logical view');

  await page.getByTestId('view-switch').getByText('Deployment').click();
  await expect(diagram).toHaveAttribute('data-status', 'ready');
  await expect(page.locator('.react-flow__node[data-id="@region-1/vpc/azs"]')).toContainText('3 Availability Zones');
  await expect(nodes(page, 'compute/task-')).toHaveCount(1);
});
