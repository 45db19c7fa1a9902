import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { formatNumber } from '../../src/core/guide/answers';
import { loadLibrary } from '../../src/core/library';
import { revealDrill } from '../../src/core/rehearsal/drill-item-bank';
import { DRILL_KIND_TITLES, DRILL_KINDS, type DrillItem, type DrillKind } from '../../src/core/rehearsal/drill-item-schema';
import { readJsonFiles, readTrees, TREES_DIR } from '../../src/node/read-trees';

const library = loadLibrary(readTrees());
const drillFiles = readJsonFiles(`${TREES_DIR}/drills`);
const itemsOf = (kind: DrillKind): DrillItem[] => (JSON.parse(drillFiles.find((f) => f.name === `${kind}.json`)!.text) as { items: DrillItem[] }).items;
const revealOf = (item: DrillItem) => {
  const r = revealDrill(item, library);
  if (!r.ok) throw new Error(r.message);
  return r.reveal;
};

async function openDrills(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('banner').getByRole('button', { name: 'Rehearse' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rehearse' })).toBeFocused();
  await page.locator('[data-activity="drills"]').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Drills' })).toBeVisible();
}

const kindButton = (page: Page, kind: DrillKind) => page.locator(`[data-drill-kind="${kind}"]`);

async function axe(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .analyze();
  expect.soft(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`), `axe on ${screen}`).toEqual([]);
}

test.describe('drills', () => {
  test('the hub lists the drills; each kind opens, is answered and reveals the key points and the guide’s warnings', async ({ page }) => {
    await openDrills(page);
    for (const kind of DRILL_KINDS) {
      const button = kindButton(page, kind);
      await expect(button).toContainText(DRILL_KIND_TITLES[kind]);
      await expect(button).toContainText(`${itemsOf(kind).length} items`);
    }

    for (const kind of DRILL_KINDS) {
      await test.step(kind, async () => {
        const item = itemsOf(kind)[0]!;
        const reveal = revealOf(item);
        await kindButton(page, kind).click();
        await expect(page.getByTestId('question-prompt')).toHaveText(item.prompt);
        await expect(page.getByTestId('question-prompt')).toBeFocused();
        await expect(page.getByLabel('Drill')).toHaveValue(item.id);

        // Said in the item's own words: the hint marks the first key point, the candidate ticks it.
        const first = item.keyPoints[0]!;
        await page.getByLabel('Your answer').fill(`${first.point} ${first.why}`);
        if (kind === 'cost-estimation') {
          // No reveal without a number first.
          await page.getByRole('button', { name: 'Check my answer' }).click();
          await expect(page.getByRole('alert')).toHaveText('Type your estimate as a number before the reveal.');
          await page.getByLabel(/^Your estimate/).fill(String(reveal.figure!.value));
        }
        await page.getByRole('button', { name: 'Check my answer' }).click();
        const items = page.locator('.checklist__items li');
        await expect(items).toHaveCount(item.keyPoints.length);
        await expect(items.filter({ hasText: first.point }).locator('.tag--hint')).toHaveText('mentioned?');
        await page.getByRole('checkbox', { name: first.point }).check();
        await page.getByRole('button', { name: 'Score my answer and reveal' }).click();

        await expect(page.getByTestId('coverage')).toHaveText(`You covered 1 of ${item.keyPoints.length} key points (${Math.round(100 / item.keyPoints.length)} %).`);
        await expect(page.getByTestId('missed')).toContainText(item.keyPoints[1]!.why);
        await expect(page.getByTestId('missed')).not.toContainText(first.point);
        const shown = page.getByTestId('drill-reveal');
        await expect(shown).toContainText(reveal.outcome.title);
        if (reveal.warnings.length > 0) await expect(page.getByTestId('drill-warnings').locator('li')).toHaveCount(reveal.warnings.length);
        if (kind === 'failure-modes') await expect(page.getByTestId('drill-warnings')).toContainText(reveal.warnings[0]!);
        if (kind === 'cost-estimation') {
          await expect(page.getByTestId('drill-figure')).toHaveText(`${reveal.figure!.label}: ${reveal.figure!.text}`);
          await expect(page.getByTestId('estimate-verdict')).toHaveAttribute('data-within', 'true');
        }

        await page.getByRole('button', { name: 'Drill kinds' }).click();
        await expect(kindButton(page, kind)).toBeFocused();
      });
    }
  });

  test('a cost estimate inside the tolerance is graded right, one outside it wrong, by keyboard', async ({ page }) => {
    await openDrills(page);
    const item = itemsOf('cost-estimation').find((i) => i.id === 'cost-nat-data-lake')!;
    const figure = revealOf(item).figure!;
    const tolerance = item.figure!.tolerancePercent;
    await kindButton(page, 'cost-estimation').focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Drill').selectOption(item.id);
    await expect(page.getByTestId('question-prompt')).toHaveText(item.prompt);
    await expect(page.getByLabel(/^Your estimate/)).toHaveAccessibleName(`Your estimate (${figure.unit})`);

    const attempt = async (estimate: number) => {
      await page.getByLabel(/^Your estimate/).fill(String(estimate));
      await page.getByLabel('Your answer').fill('Gateway endpoint for S3 is free; NAT charges per GB processed.');
      await page.getByRole('button', { name: 'Check my answer' }).press('Enter');
      await page.getByRole('button', { name: 'Score my answer and reveal' }).press('Enter');
      return page.getByTestId('estimate-verdict');
    };

    // Just inside the band (a point under the tolerance, above the figure).
    const inside = Math.round(figure.value * (1 + (tolerance - 1) / 100));
    let verdict = await attempt(inside);
    await expect(verdict).toHaveAttribute('data-within', 'true');
    await expect(verdict).toContainText('Within tolerance');
    await expect(verdict).toContainText(`Your estimate ${formatNumber(inside)} ${figure.unit} against the guide’s ${figure.text}`);
    await axe(page, 'cost reveal');

    await page.getByRole('button', { name: 'Answer it again' }).press('Enter');
    await expect(page.getByTestId('question-prompt')).toBeFocused();
    await expect(page.getByLabel(/^Your estimate/)).toHaveValue('');

    // Well outside: under half the figure.
    const outside = Math.round(figure.value * (1 - (tolerance + 10) / 100));
    verdict = await attempt(outside);
    await expect(verdict).toHaveAttribute('data-within', 'false');
    await expect(verdict).toContainText('Outside tolerance');
    await expect(verdict).toContainText(`−${tolerance + 10} %`);
  });

  for (const theme of ['Light', 'Dark'] as const) {
    test(`the drills pass axe in the ${theme.toLowerCase()} theme`, async ({ page }) => {
      await page.goto('/');
      await page.getByRole('radio', { name: theme }).check();
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase());
      await page.getByRole('banner').getByRole('button', { name: 'Rehearse' }).click();
      await page.locator('[data-activity="drills"]').click();
      await expect(kindButton(page, 'incidents')).toBeVisible();
      await axe(page, 'drill kinds');
      await kindButton(page, 'incidents').click();
      await axe(page, 'drill item');
      await page.getByLabel('Your answer').fill('Deactivate the key and read CloudTrail.');
      await page.getByRole('button', { name: 'Check my answer' }).click();
      await axe(page, 'drill checklist');
      await page.getByRole('button', { name: 'Score my answer and reveal' }).click();
      await expect(page.getByTestId('drill-reveal')).toBeVisible();
      await axe(page, 'drill reveal');
    });
  }
});
