import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { choose, heading, nextButton, openGuide, progress } from './helpers';

const recent = (page: Page) => page.getByRole('list', { name: 'Recent sessions' });
const rows = (page: Page) => recent(page).locator('.session-row');
const row = (page: Page, name: string | RegExp) => rows(page).filter({ has: page.locator('.session-row__name', { hasText: name }) });
const toast = (page: Page, text: string | RegExp) => page.locator('.toast', { hasText: text });

async function importFile(page: Page, name: string, text: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import session…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test.describe('sessions', () => {
  test('half a guide survives a reload: Recent resumes at the same question with answers and Back intact', async ({ page }) => {
    await openGuide(page, 'Messaging backbone');
    await choose(page, /One worker handles it/);
    await choose(page, /Lambda functions/);
    await expect(heading(page)).toHaveText(/in order/);
    // "Saving…" or, on a fast machine, already "All changes saved": either way the line is there.
    await expect(page.locator('.save-status')).toHaveText(/sav/i);

    await page.reload(); // no waiting for the debounce: leaving the page flushes the save
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page).first()).toContainText('Messaging backbone · Question 3 · 2 answered');
    await rows(page).first().locator('.session-row__open').click();

    await expect(heading(page)).toHaveText(/in order/);
    await expect(progress(page)).toHaveText(/^Question 3 · /);
    await expect(page.locator('.trail__item')).toHaveCount(2);
    await expect(page.locator('.trail__item').nth(1)).toContainText('Lambda');
    // The Back history came back too, with the answer prefilled.
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByRole('radio', { name: /Lambda functions/ })).toBeChecked();
    await nextButton(page).click();
    await choose(page, /any order/);
    await expect(page.locator('.rec-hero__title')).toHaveText('SQS Standard queue with a dead-letter queue');

    await page.reload();
    await expect(rows(page).first()).toContainText('Recommendation: SQS Standard queue with a dead-letter queue');
    await rows(page).first().locator('.session-row__open').click();
    await expect(page.locator('.rec-hero__title')).toHaveText('SQS Standard queue with a dead-letter queue');
    await expect(page.locator('.answers__item')).toHaveCount(3);
  });

  test('rename, duplicate, and delete with an undo that lasts about 8 seconds', async ({ page }) => {
    // The page's clock is ours to move, so the 8-second undo is checked without sleeping.
    await page.clock.install();
    // Opening a guide without answering saves nothing.
    await openGuide(page, 'Compute platform');
    await page.keyboard.press('Escape');
    await expect(page.locator('.recent__empty')).toBeVisible();
    await openGuide(page, 'Messaging backbone');
    await choose(page, /One worker handles it/);
    await page.keyboard.press('Escape');
    await expect(rows(page)).toHaveCount(1);

    await rows(page).first().getByRole('button', { name: 'Rename' }).click();
    await page.getByRole('textbox', { name: 'Session name' }).fill('Billing queue');
    await page.keyboard.press('Enter');
    await expect(row(page, 'Billing queue')).toHaveCount(1);
    await page.reload();
    await expect(row(page, 'Billing queue')).toHaveCount(1);

    await row(page, 'Billing queue').getByRole('button', { name: 'Duplicate' }).click();
    await expect(rows(page)).toHaveCount(2);
    await expect(rows(page).first()).toContainText('Billing queue (copy)');
    await expect(toast(page, 'Duplicated as “Billing queue (copy)”.')).toBeVisible();

    await row(page, 'Billing queue (copy)').getByRole('button', { name: 'Delete' }).click();
    await expect(rows(page)).toHaveCount(1);
    await toast(page, 'Deleted “Billing queue (copy)”.').getByRole('button', { name: 'Undo' }).click();
    await expect(rows(page)).toHaveCount(2);
    await page.reload();
    await expect(rows(page)).toHaveCount(2);

    await row(page, 'Billing queue (copy)').getByRole('button', { name: 'Delete' }).click();
    const undo = toast(page, 'Deleted “Billing queue (copy)”.');
    await expect(undo.getByRole('button', { name: 'Undo' })).toBeVisible();
    // Still offered 6 s later, gone once the 8 s have passed.
    await page.clock.fastForward('00:06');
    await expect(undo).toBeVisible();
    await page.clock.fastForward('00:03');
    await expect(undo).toBeHidden();
    await expect(rows(page)).toHaveCount(1);
  });

  test('a bad import names the problem and changes nothing; an export imports back as a new session', async ({ page }) => {
    await openGuide(page, 'Messaging backbone');
    await choose(page, /One worker handles it/);
    await page.keyboard.press('Escape');
    await expect(rows(page)).toHaveCount(1);

    await importFile(page, 'broken.archtree.json', '{"format":"archtree.session","version":2,"sess');
    await expect(page.getByRole('alert')).toHaveText(/“broken\.archtree\.json” was not imported\. The file is not valid JSON: it ends too early/);
    await importFile(page, 'deep.json', '['.repeat(5000));
    await expect(page.getByRole('alert')).toContainText('The file nests data more than 64 levels deep');
    await expect(rows(page)).toHaveCount(1);

    const download = page.waitForEvent('download');
    await rows(page).first().getByRole('button', { name: 'Export' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^messaging-backbone-.*\.archtree\.json$/);
    const text = readFileSync((await file.path())!, 'utf8');

    const unknownGuide = text.replace('"guide": "messaging"', '"guide": "mainframes"');
    await importFile(page, 'other.archtree.json', unknownGuide);
    await expect(page.getByRole('alert')).toContainText('The file uses the guide "mainframes", which this version of Archtree does not have.');

    await importFile(page, file.suggestedFilename(), text);
    await expect(toast(page, /^Imported “.+” as a new session/)).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(rows(page)).toHaveCount(2);
  });

  test('a corrupt saved list is moved aside, the app starts, and the banner says where the old data is', async ({ page }) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('archtree.sessions', '{"version":2,"sessions":[{"id":"a"');
        sessionStorage.setItem('seeded', '1');
      }
    });
    await page.goto('/');
    const banner = page.locator('.store-banner');
    await expect(banner).toContainText('Your saved sessions could not be read: the file is not valid JSON: it ends too early');
    await expect(banner).toContainText('moved aside to the browser storage key “archtree.sessions.corrupt-');
    const aside = await page.evaluate(() => Object.keys(localStorage).find((k) => k.startsWith('archtree.sessions.corrupt-')));
    expect(await page.evaluate((key) => localStorage.getItem(key!), aside)).toBe('{"version":2,"sessions":[{"id":"a"');
    await expect(page.locator('button.guide-card').first()).toBeVisible();
    await banner.getByRole('button', { name: 'Dismiss' }).click();
    await expect(banner).toHaveCount(0);
  });
});
