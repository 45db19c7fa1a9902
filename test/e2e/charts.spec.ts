import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { choose, enterNumber, openGuide } from './helpers';

test.describe('outcome charts', () => {
  test('SLO alerting: the budget-burn chart is drawn from the answers, its numbers readable and saved as SVG', async ({ page }) => {
    await openGuide(page, 'SLO and alerting design');
    await enterNumber(page, '99.9');
    await enterNumber(page, '30');
    await choose(page, /Users or partners, right away/);
    await enterNumber(page, '50000');

    const figure = page.getByTestId('charts').locator('[data-chart="budget-burn"]');
    await expect(figure.getByRole('heading', { name: 'How fast each burn rate spends the error budget' })).toBeVisible();
    // The picture's text alternative carries the numbers: the page rate empties the budget within the 120 hours shown.
    const image = figure.getByRole('img');
    await expect(image).toHaveAttribute('alt', /Page rate \(14\.4×\): 100 % at 0 h, 0 % at 120 h/);
    expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(720);

    await figure.getByText('The numbers').click();
    await expect(figure.getByRole('row', { name: /^60 / })).toContainText('50 %');

    const [file] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: 'Save SVG' }).click()]);
    const svg = readFileSync((await file.path())!, 'utf8');
    expect(svg).toMatch(/^<svg[^>]+role="img"/);
    expect(svg).toContain('Ticket rate (6×)');
  });
});
