import { expect, test } from '@playwright/test';
import { choose, enterNumber, heading, nextButton, openGuide } from './helpers';

test.describe('cross-answer checks', () => {
  test('a peak below the floor is refused with the guide\'s message, and a corrected peak goes on', async ({ page }) => {
    await openGuide(page, 'Purchasing options and commitments');
    await choose(page, /A floor that runs around the clock/);
    await choose(page, /^No: losing an instance/);
    await choose(page, /^Yes to both/);
    await choose(page, /^One year/);
    await enterNumber(page, '40');
    await expect(heading(page)).toHaveText(/highest hourly spend/);

    await enterNumber(page, '30');
    // The machine refused it: same question, the check's message beside the field.
    await expect(heading(page)).toHaveText(/highest hourly spend/);
    const message = page.locator('.number-field__message');
    await expect(message).toHaveText(/^The peak of 30 USD\/hour is below the floor of 40 USD\/hour/);
    await expect(page.locator('.number-field__input')).toHaveAttribute('aria-invalid', 'true');

    // Typing another value hides the refusal of the old one; an acceptable peak goes on.
    await page.locator('.number-field__input').fill('100');
    await expect(message).toHaveText('');
    await nextButton(page).click();
    await expect(heading(page)).toHaveText(/Compute Savings Plan/);
  });
});
