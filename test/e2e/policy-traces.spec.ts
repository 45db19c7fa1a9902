import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { choose, enterNumber, openGuide } from './helpers';

/*
 * The guardrail guide's "Why a request is allowed or denied": example requests against the
 * generated SCPs, with the steps in AWS's evaluation order, following the Regions the user
 * types; reachable by keyboard and clean under axe in both themes.
 */

async function reachRegionLock(page: Page): Promise<void> {
  await openGuide(page, 'Access guardrails');
  await choose(page, /^AWS/);
  await choose(page, /Cap what anyone can do/);
  await enterNumber(page, '12');
  await expect(page.locator('.rec-hero__title')).toHaveText('Service control policies (AWS Organizations)');
}

test.describe('policy traces', () => {
  test('the Region lock explains each example request, step by step, with the Regions the user typed', async ({ page }) => {
    await reachRegionLock(page);
    const traces = page.getByTestId('policy-traces');
    await expect(traces.getByRole('heading', { name: 'Why a request is allowed or denied' })).toBeVisible();

    const approved = traces.getByRole('radio', { name: /orders-fn writes an order to S3 in us-east-1, an approved Region/ });
    await expect(approved).toBeChecked();
    await expect(traces.getByRole('status')).toHaveText('Allowed: no Deny applies, and every policy type in play allows s3:PutObject.');
    await expect(traces.locator('.trace__step-head strong')).toHaveText(['Explicit deny', 'Service control policies (SCPs)', 'Identity-based policies']);
    await expect(traces.locator('.trace__policies li').first()).toHaveText('Service control policies (SCPs): FullAWSAccess, the SCP AWS Organizations attaches by default');

    // Keyboard: the examples are one radio group; an arrow key moves to the next example.
    await approved.focus();
    await page.keyboard.press('ArrowDown');
    const outside = traces.getByRole('radio', { name: /orders-fn writes the same order in ap-southeast-2, a Region not on your list/ });
    await expect(outside).toBeChecked();
    await expect(traces.getByRole('status')).toContainText('Denied by an explicit deny in the service control policies (SCPs)');
    const decisive = traces.locator('.trace__step--decisive');
    await expect(decisive).toContainText('Explicit deny');
    await expect(decisive).toContainText('aws:RequestedRegion ap-southeast-2 is not one of us-east-1, eu-west-1 (StringNotEquals: true)');

    // The user's own Regions: the example moves outside the new list and the steps quote it.
    await page.locator('[data-artefact="region-lock"]').getByLabel('Approved Regions (comma-separated)').fill('eu-central-1, ap-southeast-2');
    await expect(traces.getByRole('radio', { name: /orders-fn writes the same order in sa-east-1, a Region not on your list/ })).toBeChecked();
    await expect(decisive).toContainText('aws:RequestedRegion sa-east-1 is not one of eu-central-1, ap-southeast-2 (StringNotEquals: true)');
    await expect(traces.getByRole('radio', { name: /in eu-central-1, an approved Region/ })).toBeVisible();

    // The break-glass role's name follows too.
    await page.locator('[data-artefact="region-lock"]').getByLabel('Break-glass role name').fill('Responder');
    await traces.getByRole('radio', { name: /The break-glass role Responder writes the order in sa-east-1/ }).check();
    await expect(traces.getByRole('status')).toHaveText('Allowed: no Deny applies, and every policy type in play allows s3:PutObject.');
    await expect(traces.locator('.trace__request')).toContainText('arn:aws:iam::111122223333:role/Responder');
    await expect(traces.locator('.trace__statement').first()).toContainText('matches arn:aws:iam::*:role/Responder (ArnNotLike: false)');
  });

  for (const theme of ['Light', 'Dark'] as const) {
    test(`the traces pass axe in the ${theme.toLowerCase()} theme`, async ({ page }) => {
      await page.goto('/');
      await page.getByRole('radio', { name: theme }).check();
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase());
      await reachRegionLock(page);
      const traces = page.getByTestId('policy-traces');
      await traces.getByRole('radio', { name: /a Region not on your list/ }).check();
      await expect(traces.locator('.trace__step--decisive')).toBeVisible();
      const results = await new AxeBuilder({ page })
        .include('[data-testid="policy-traces"]')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
    });
  }
});
