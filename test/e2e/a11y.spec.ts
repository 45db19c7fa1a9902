import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/*
 * Every screen, in both themes, checked by axe-core against WCAG 2.1 A and AA (contrast
 * included), plus: exactly one h1 per screen, and every link or button's accessible name
 * contains its visible text (axe's label-content-name-mismatch, experimental, so switched on
 * here). Waits are on each screen's own ready marker, never on time.
 */

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function check(page: Page, screen: string): Promise<void> {
  await test.step(screen, async () => {
    const results = await new AxeBuilder({ page })
      .withTags(TAGS)
      .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
      .analyze();
    const found = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 4).map((n) => n.target.join(' ')).join(' | ')}${v.nodes.length > 4 ? ` … +${v.nodes.length - 4}` : ''}`);
    expect.soft(found, `axe violations on ${screen}`).toEqual([]);
    expect.soft(await page.locator('h1').count(), `h1 elements on ${screen}`).toBe(1);
  });
}

/** Answer with the first choice (or the number field's own example) until the recommendation shows. */
async function answerThrough(page: Page): Promise<void> {
  const outcome = page.locator('.rec-hero__title');
  for (let step = 0; step < 40 && !(await outcome.count()); step++) {
    const title = (await page.locator('.question-title').textContent()) ?? '';
    const number = page.locator('.number-field__input');
    if (await number.count()) await number.fill(((await number.getAttribute('placeholder')) ?? '').replace(/[^\d.]/g, '') || '1');
    else await page.locator('main').getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Next' }).click();
    // The next question (a new title) or the recommendation.
    await expect(async () => {
      const now = (await outcome.count()) > 0 || ((await page.locator('.question-title').textContent()) ?? '') !== title;
      expect(now).toBe(true);
    }).toPass();
  }
  await expect(outcome).toBeVisible();
}

for (const theme of ['Light', 'Dark'] as const) {
  test(`every screen is accessible in the ${theme.toLowerCase()} theme`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.goto('/');
    await page.getByRole('radio', { name: theme }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase());
    await expect(page.locator('button.guide-card').first()).toBeVisible();
    await check(page, 'home');

    await page.locator('button.guide-card[data-guide="messaging"]').click();
    await expect(page.locator('.question-title')).toBeFocused();
    await check(page, 'question');

    await answerThrough(page);
    await expect(page.getByTestId('architecture-diagram').first()).toHaveAttribute('data-status', 'ready');
    await check(page, 'recommendation');

    await page.getByRole('button', { name: /^What if:/ }).first().click();
    await expect(page.getByRole('button', { name: 'Compare' })).toBeVisible();
    await check(page, 'what-if');

    await page.getByRole('button', { name: 'See the decision path' }).click();
    await expect(page.getByRole('heading', { name: /^How you reached/ })).toBeFocused();
    await check(page, 'decision path');

    await page.goto('/');
    await page.getByTestId('open-architecture').click();
    await expect(page.getByRole('heading', { level: 2, name: 'Compose an architecture' })).toBeFocused();
    await check(page, 'architecture');

    await page.getByRole('banner').getByRole('button', { name: 'Rehearse' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Rehearse' })).toBeFocused();
    await check(page, 'rehearsal');

    await page.locator('[data-activity="cards"]').click();
    await expect(page.locator('.flashcard')).toBeVisible();
    await check(page, 'flashcards');

    await page.getByRole('button', { name: /All activities/ }).click();
    await page.locator('[data-activity="progress"]').click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await check(page, 'progress');
  });
}
