import { expect, test } from '@playwright/test';
import { choose, node, openGuide } from './helpers';

/**
 * The diagram draws services with the providers' official icons, loaded lazily as data: URIs
 * (allowed by the CSP's img-src), and keeps the category glyph where a service has none.
 */
test('services show the official AWS icons; a service without one keeps its glyph', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await openGuide(page, 'Messaging backbone');
  await choose(page, /One worker handles it/);
  await choose(page, /Lambda functions/);
  await choose(page, /any order/);

  const queue = node(page, 'queue').locator('.arch-service__icon');
  await expect(queue).toHaveAttribute('data-icon', 'official');
  const img = queue.locator('img');
  await expect(img).toHaveAttribute('src', /^data:image\/svg\+xml/);
  // The browser decoded it: a 30 × 30 picture, not a broken image.
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
  // The producer is a generic service: no official icon, the category glyph stays.
  await expect(node(page, 'producer').locator('.arch-service__icon')).toHaveAttribute('data-icon', 'glyph');
  expect(violations).toEqual([]);
});
