import { expect, test } from '@playwright/test';
import { choose, openGuide } from './helpers';

test.describe('outcome artefacts', () => {
  test('EKS on Fargate → IRSA trust policy filled with the typed namespace, copied to the clipboard', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await openGuide(page, 'Workload identity');
    await choose(page, /In pods on Amazon EKS/);
    await choose(page, /On Fargate/);

    await expect(page.locator('.rec-hero__title')).toHaveText('IAM roles for service accounts (IRSA)');
    const panel = page.getByTestId('artefacts');
    const trust = panel.locator('[data-artefact="trust-policy"]');
    await expect(trust.getByRole('heading', { name: 'IRSA trust policy for your service account' })).toBeVisible();
    await expect(trust.locator('code')).toContainText('"system:serviceaccount:payments:payments-api"');

    await trust.getByLabel('Kubernetes namespace').fill('billing');
    await trust.getByLabel('Kubernetes service account').fill('invoice-worker');
    await expect(trust.locator('code')).toContainText('"system:serviceaccount:billing:invoice-worker"');

    // A value the pattern refuses is named, and the snippet keeps the last valid value (the default).
    await trust.getByLabel('Kubernetes namespace').fill('Billing_Team');
    await expect(trust.getByRole('alert')).toHaveText(/Kubernetes namespace: "Billing_Team" is not allowed; lower-case letters, digits and dashes/);
    await expect(trust.locator('code')).toContainText('"system:serviceaccount:payments:invoice-worker"');
    await trust.getByLabel('Kubernetes namespace').fill('billing');

    await trust.getByRole('button', { name: 'Copy' }).click();
    await expect(trust.getByRole('status')).toHaveText('Copied to the clipboard');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const policy = JSON.parse(copied);
    expect(policy.Statement[0].Action).toBe('sts:AssumeRoleWithWebIdentity');
    expect(Object.values(policy.Statement[0].Condition.StringEquals)).toContain('system:serviceaccount:billing:invoice-worker');

    // A value typed once fills every snippet that uses it: the manifest beside it follows.
    const manifest = panel.locator('[data-artefact="service-account"]');
    await expect(manifest.locator('code')).toContainText('name: invoice-worker\n  namespace: billing');
    await expect(manifest.getByLabel('Kubernetes namespace')).toHaveValue('billing');
    await expect(manifest.locator('code')).toContainText('eks.amazonaws.com/role-arn: arn:aws:iam::111122223333:role/payments-api');
  });
});
