import { expect, test, type Page } from '@playwright/test';
import { heading } from './helpers';

/** Holds back the chunks matching `pattern` until the returned function is called. */
async function hold(page: Page, pattern: RegExp): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((done) => (release = done));
  await page.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

const WORKBENCH = /\/assets\/App-[\w-]+\.js$/;
const LIBRARY = /\/assets\/library-[\w-]+\.js$/;

/*
 * The first screen is drawn from the entry chunk alone; the workbench (sessions, settings,
 * stores) and the library arrive after it. Holding the workbench back shows what a user on a
 * slow disk or a busy machine gets in that moment: working cards, and nothing they do lost.
 */
test.describe('first screen', () => {
  test('a search typed and a guide clicked before the workbench arrives are kept', async ({ page }) => {
    const release = await hold(page, WORKBENCH);
    await page.goto('/');
    const messaging = page.locator('button.guide-card[data-guide="messaging"]');
    await expect(messaging).toBeVisible();
    await expect(page.getByTestId('open-file')).toHaveCount(0); // the workbench's, not here yet

    const total = await page.locator('button.guide-card').count();
    await page.getByRole('searchbox').fill('queue');
    await expect.poll(() => page.locator('button.guide-card').count()).toBeLessThan(total);
    await messaging.click();

    release();
    await expect(page.getByTestId('open-file')).toHaveCount(0); // the guide opened instead of the home screen
    await expect(heading(page)).toBeVisible();
    await expect(page.getByRole('banner')).toContainText('Messaging backbone');
    // Back home, the search typed on the first screen is still there.
    await page.getByRole('button', { name: 'Archtree, all guides' }).click();
    await expect(page.getByRole('searchbox')).toHaveValue('queue');
  });

  test('keys typed while a chosen guide is still loading do not reach the search and open another guide', async ({ page }) => {
    const releaseWorkbench = await hold(page, WORKBENCH);
    const releaseLibrary = await hold(page, LIBRARY);
    await page.goto('/');
    await page.locator('button.guide-card[data-guide="messaging"]').click();
    releaseWorkbench();
    await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toBeVisible();
    await page.keyboard.type('1');
    await page.keyboard.press('Enter');
    releaseLibrary();
    await expect(heading(page)).toBeVisible();
    await expect(page.getByRole('banner')).toContainText('Messaging backbone');
  });

  test('the theme chosen on the first screen is applied and saved once the workbench arrives', async ({ page }) => {
    const release = await hold(page, WORKBENCH);
    await page.goto('/');
    await page.getByRole('radio', { name: 'Dark' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    release();
    await expect(page.getByTestId('open-file')).toBeVisible(); // the workbench is up
    await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.unrouteAll();
    await page.reload();
    await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  });

  test('the guide cards stay where they are when the workbench and the saved sessions arrive', async ({ page }) => {
    const releaseWorkbench = await hold(page, WORKBENCH);
    const releaseLibrary = await hold(page, LIBRARY);
    await page.goto('/');
    const card = page.locator('button.guide-card[data-guide="messaging"]');
    await expect(card).toBeVisible();
    const before = await card.boundingBox();
    releaseWorkbench();
    releaseLibrary();
    await expect(page.getByTestId('open-file')).toBeVisible(); // the workbench's panel is up
    // A click aimed at the card as first drawn still lands on it (CI once lost a click here).
    expect(await card.boundingBox()).toEqual(before);
  });

  test('a click pressed on the first screen and released after the workbench arrived still opens the guide', async ({ page }) => {
    const release = await hold(page, WORKBENCH);
    await page.goto('/');
    const card = page.locator('button.guide-card[data-guide="messaging"]');
    await card.scrollIntoViewIfNeeded();
    const box = (await card.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    release();
    // Long enough for the workbench chunk to arrive and mount, were it not waiting for the release.
    await page.waitForTimeout(1500);
    await page.mouse.up();
    await expect(heading(page)).toBeVisible();
    await expect(page.getByRole('banner')).toContainText('Messaging backbone');
  });
});

