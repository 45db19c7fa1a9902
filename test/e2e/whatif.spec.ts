import { expect, test, type Page } from '@playwright/test';
import { choose, enterNumber, openGuide } from './helpers';

const outcomeTitle = (page: Page) => page.locator('.rec-hero__title');
const whatIf = (page: Page) => page.getByTestId('what-if');

/** Disaster recovery with RPO 5 min and RTO 60 min: a pilot light. */
async function finishPilotLight(page: Page): Promise<void> {
  await openGuide(page, 'Disaster recovery');
  await enterNumber(page, '5');
  await enterNumber(page, '60');
  await choose(page, /Important, but not time-critical/);
  await choose(page, /Amazon Aurora/);
  await choose(page, /Containers on ECS/);
  await enterNumber(page, '20000');
  await enterNumber(page, '10000');
  await choose(page, /Up to about a fifth more/);
  await choose(page, /ordinary web or API clients/);
  await expect(outcomeTitle(page)).toHaveText('Pilot light');
}

/** Wait until both diagrams of the comparison are laid out. */
async function bothDiagramsReady(page: Page): Promise<void> {
  const diagrams = whatIf(page).getByTestId('architecture-diagram');
  await expect(diagrams).toHaveCount(2);
  for (const d of await diagrams.all()) await expect(d).toHaveAttribute('data-status', 'ready');
}

test.describe('what-if and the decision path', () => {
  test('change RPO 5 → 0.5 min: side by side, explained, marked, then kept', async ({ page }) => {
    await finishPilotLight(page);

    const rpo = page.locator('.answers__item[data-question="rpoMinutes"]');
    await rpo.getByRole('button', { name: /^What if:/ }).click();
    const field = rpo.getByRole('textbox');
    await expect(field).toBeFocused();
    await expect(field).toHaveValue('5');

    // checkAnswer's own message for an invalid value; nothing opens
    await field.fill('-2');
    await rpo.getByRole('button', { name: 'Compare' }).click();
    await expect(rpo.locator('.answer-editor__message')).toContainText('outside the range');
    await expect(whatIf(page)).toHaveCount(0);

    await field.fill('0.5');
    await rpo.getByRole('button', { name: 'Compare' }).click();
    await expect(page.getByTestId('what-if-sentence')).toHaveText('RPO 5 min → 0.5 min moved the recommendation from Pilot light to Warm standby.');
    await expect(page.getByTestId('what-if-sentence')).toBeFocused();
    await expect(whatIf(page).locator('[data-side="before"]')).toHaveAttribute('data-outcome', 'pilot-light');
    await expect(whatIf(page).locator('[data-side="after"]')).toHaveAttribute('data-outcome', 'warm-standby');
    await bothDiagramsReady(page);

    // the two columns sit side by side at this width
    const [left, right] = await Promise.all([
      whatIf(page).locator('[data-side="before"]').boundingBox(),
      whatIf(page).locator('[data-side="after"]').boundingBox(),
    ]);
    expect(right!.x).toBeGreaterThan(left!.x + left!.width - 1);
    expect(Math.abs(right!.y - left!.y)).toBeLessThan(2);

    // differences are marked on the diagrams, with a word as well as a colour
    const marked = whatIf(page).locator('[data-side="after"] .react-flow__node[data-mark]');
    await expect(marked.first()).toBeVisible();
    expect(await marked.count()).toBeGreaterThan(0);
    await expect(whatIf(page).locator('.arch-mark').first()).toBeVisible();
    await expect(whatIf(page).locator('.whatif__legend')).toContainText('Changed');

    await page.getByRole('button', { name: 'Keep this change' }).click();
    await expect(outcomeTitle(page)).toHaveText('Warm standby');
    await expect(whatIf(page)).toHaveCount(0);
    await expect(page.locator('.answers__item[data-question="rpoMinutes"] .answers__value')).toHaveText('0.5 min');
  });

  test('a choice changed in place: added and removed services marked, then discarded', async ({ page }) => {
    await finishPilotLight(page);
    const compute = page.locator('.answers__item[data-question="compute"]');
    await compute.getByRole('button', { name: /^What if:/ }).click();
    await compute.getByRole('combobox').selectOption({ label: 'Lambda functions' });
    await compute.getByRole('button', { name: 'Compare' }).click();
    await expect(page.getByTestId('what-if-sentence')).toHaveText('Compute “Containers on ECS” → “Lambda functions” keeps the recommendation at Pilot light.');
    await bothDiagramsReady(page);
    // removed services show in the current diagram, added ones in the what-if
    await expect(whatIf(page).locator('[data-side="before"] .react-flow__node[data-mark="removed"][data-id="app-a-ecs"]')).toBeVisible();
    await expect(whatIf(page).locator('[data-side="after"] .react-flow__node[data-mark="added"][data-id="app-a-lambda"]')).toBeVisible();
    await expect(whatIf(page).locator('[data-side="after"] .react-flow__node[data-mark="removed"]')).toHaveCount(0);
    await expect(whatIf(page).locator('.whatif__legend-item[data-mark="added"]')).toContainText('4');

    await page.getByRole('button', { name: 'Discard' }).click();
    await expect(whatIf(page)).toHaveCount(0);
    await expect(outcomeTitle(page)).toHaveText('Pilot light');
    await expect(page.locator('.answers__item[data-question="compute"] .answers__value')).toHaveText('Containers on ECS');
  });

  test('decision path: the guide as a tree, then "what would lead here" → a what-if → kept', async ({ page }) => {
    await finishPilotLight(page);
    await page.getByRole('button', { name: 'See the decision path' }).click();
    await expect(page.getByRole('heading', { name: 'How you reached Pilot light' })).toBeFocused();

    const graph = page.getByTestId('decision-path-graph');
    await expect(graph.locator('.path-node')).toHaveCount(9 + 4);
    // the user's path is highlighted: 9 questions, 9 rules and the outcome; the rest dimmed
    await expect(graph.locator('.path-node--question.is-taken')).toHaveCount(9);
    await expect(graph.locator('.path-edge.is-taken')).toHaveCount(9);
    await expect(graph.getByTestId('path-outcome-pilot-light')).toHaveClass(/is-current/);
    await expect(graph.getByTestId('path-outcome-backup-restore')).toHaveClass(/is-off/);

    await graph.getByTestId('path-outcome-backup-restore').click();
    const lead = page.getByTestId('lead-here');
    await expect(lead.getByRole('heading')).toHaveText('What would lead to Backup and restore');
    await expect(lead.locator('.lead-here__change')).toHaveCount(2);
    await expect(lead.locator('[data-question="rpoMinutes"] .lead-here__to')).toHaveText('60 min');
    await expect(lead.locator('[data-question="rtoMinutes"] .lead-here__to')).toHaveText('240 min');
    // the suggested path shows on the tree
    await expect(graph.locator('.path-edge.is-suggested').first()).toBeAttached();

    await lead.getByRole('button', { name: 'Try this as a what-if' }).click();
    await expect(page.getByTestId('what-if-sentence')).toHaveText(
      'RPO 5 min → 60 min and RTO 60 min → 240 min moved the recommendation from Pilot light to Backup and restore.',
    );
    await expect(whatIf(page).locator('[data-side="after"]')).toHaveAttribute('data-outcome', 'backup-restore');
    await bothDiagramsReady(page);
    await expect(whatIf(page).locator('[data-side="after"] .react-flow__node[data-mark="changed"]').first()).toBeVisible();
    await expect(whatIf(page).locator('.whatif__dropped')).toHaveText('No longer asked: client needs');

    await page.getByRole('button', { name: 'Keep this change' }).click();
    await expect(outcomeTitle(page)).toHaveText('Backup and restore');
  });

  test('decision path works from the keyboard and Escape returns to the recommendation', async ({ page }) => {
    await finishPilotLight(page);
    await page.getByRole('button', { name: 'See the decision path' }).click();
    const item = page.locator('.path-outcomes__item[data-outcome="warm-standby"]');
    await item.focus();
    await page.keyboard.press('Enter');
    await expect(item).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('lead-here').locator('.lead-here__change')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(outcomeTitle(page)).toHaveText('Pilot light');
  });
});
