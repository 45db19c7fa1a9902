import { expect, test } from '@playwright/test';

test.describe('home screen', () => {
  test('lists guides by seed section and search filters them', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('banner')).toContainText('Archtree');
    const messaging = page.locator('button.guide-card[data-guide="messaging"]');
    await expect(messaging).toContainText('Messaging backbone');
    await expect(page.locator('section.home-group', { has: messaging }).locator('h2')).toContainText('Messaging & Events');
    const total = await page.locator('button.guide-card').count();

    const search = page.getByRole('searchbox');
    await search.fill('cloudwatch'); // a service name, in neither title nor purpose
    await expect(messaging).toBeVisible();
    await expect(messaging).toContainText('Service: Amazon CloudWatch');

    await search.fill('rewind the stream'); // a question prompt
    await expect(messaging).toBeVisible();

    await search.fill('no guide says this xyzzy');
    await expect(page.locator('button.guide-card')).toHaveCount(0);
    await expect(page.locator('.empty-state')).toBeVisible();

    await search.press('Escape');
    await expect(page.locator('button.guide-card')).toHaveCount(total);
  });

  test('theme setting applies and persists; corrupt saved settings fall back to defaults', async ({ page }) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('archtree.settings', '{not json');
        sessionStorage.setItem('seeded', '1');
      }
    });
    await page.goto('/');
    await expect(page.locator('button.guide-card').first()).toBeVisible();
    await page.getByRole('radio', { name: 'Dark' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.reload();
    await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.getByRole('radio', { name: 'Light' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });

  test('the last opened guide is marked', async ({ page }) => {
    await page.goto('/');
    await page.locator('button.guide-card[data-guide="messaging"]').click();
    // The wizard is its own chunk: Escape means something once its first question has focus.
    await expect(page.locator('.question-title')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.locator('button.guide-card[data-guide="messaging"]')).toContainText('Last opened');
  });
});
