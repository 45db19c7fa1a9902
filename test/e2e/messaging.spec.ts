import { copyFileSync, mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { choose, enterNumber, expectNodes, expectNoOverlap, heading, nextButton, openGuide, progress, readGuide } from './helpers';

const guide = readGuide('messaging');
const outcomeTitle = (page: import('@playwright/test').Page) => page.locator('.rec-hero__title');

test.describe('messaging guide', () => {
  test('work queue for Lambda → SQS Standard (mouse)', async ({ page }) => {
    await openGuide(page, 'Messaging backbone');
    await expect(progress(page)).toHaveText(/^Question 1 · at most \d+ left$/);
    await expect(nextButton(page)).toBeDisabled();
    await choose(page, /One worker handles it/);
    await expect(progress(page)).toHaveText(/^Question 2 · /);
    await choose(page, /Lambda functions/);
    await choose(page, /any order/);

    await expect(outcomeTitle(page)).toHaveText('SQS Standard queue with a dead-letter queue');
    await expect(outcomeTitle(page)).toBeFocused();
    await expect(page.locator('.service--primary .service__name')).toHaveText('Amazon SQS (Standard queue)');
    await expect(page.locator('.equivalents')).not.toHaveCount(0);
    await expect(page.locator('.why-not__item')).toHaveCount(guide.outcomes.length - 1);
    await expect(page.locator('.answers__item')).toHaveCount(3);
    await expectNodes(page, ['producer', 'queue', 'dlq', 'worker-fn', 'dlq-alarm', 'downstream'], ['worker-tasks', 'depth-alarm']);
    await expectNoOverlap(page, guide, 'sqs-standard');

    // Back from the outcome returns to the last question with its answer kept.
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(heading(page)).toHaveText(/in order/);
    await expect(page.getByRole('radio', { name: /any order/ })).toBeChecked();
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByRole('radio', { name: /Lambda functions/ })).toBeChecked();
    await choose(page, /Containers or servers/);
    await choose(page, /any order/);
    await expectNodes(page, ['worker-tasks', 'depth-alarm'], ['worker-fn']);

    // Restart clears everything.
    await page.getByRole('button', { name: 'Restart' }).click();
    await expect(progress(page)).toHaveText(/^Question 1 · /);
    await expect(page.locator('.choices').getByRole('radio', { checked: true })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Back' })).toBeDisabled();
  });

  test('strict ordering at 1,200 msg/s → SQS FIFO (keyboard only)', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('searchbox')).toBeFocused();
    await page.keyboard.type('messaging');
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('button.guide-card[data-guide="messaging"]')).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(heading(page)).toBeFocused();
    await page.keyboard.press('1'); // One worker handles it
    await expect(page.getByRole('radio', { name: /One worker handles it/ })).toBeChecked();
    await page.keyboard.press('Enter');
    await expect(heading(page)).toBeFocused();
    await page.keyboard.press('2'); // Containers or servers
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown'); // any order
    await page.keyboard.press('ArrowDown'); // strict
    await expect(page.getByRole('radio', { name: /in sequence/ })).toBeChecked();
    await page.keyboard.press('Enter');

    await expect(heading(page)).toHaveText(/how many messages.*per second/);
    await expect(heading(page)).toBeFocused();
    await page.keyboard.type('1200'); // a digit on the heading lands in the field
    await expect(page.locator('.number-field__input')).toHaveValue('1200');
    await page.keyboard.press('Enter');

    await expect(outcomeTitle(page)).toHaveText('SQS FIFO queue with message groups');
    await expect(page.locator('.service--primary .service__name')).toHaveText('Amazon SQS FIFO queue');
    await expectNodes(page, ['producer', 'queue', 'dlq', 'worker-tasks', 'dlq-alarm', 'downstream'], ['worker-fn']);
    await expectNoOverlap(page, guide, 'sqs-fifo');

    // Backspace goes back, and the number is prefilled; Backspace in a field with text edits it.
    await page.keyboard.press('Backspace');
    await expect(heading(page)).toBeFocused();
    await expect(page.locator('.number-field__input')).toHaveValue('1200');
    await page.locator('.number-field__input').focus();
    await page.keyboard.press('Backspace');
    await expect(page.locator('.number-field__input')).toHaveValue('120');
    await expect(heading(page)).toHaveText(/how many messages.*per second/);

    // Escape goes home, with focus back on the guide just left.
    await page.keyboard.press('Escape');
    await expect(page.locator('button.guide-card[data-guide="messaging"]')).toBeFocused();
  });

  test('a rewindable stream with numbers → Kinesis Data Streams, with its diagram', async ({ page }) => {
    await openGuide(page, 'Messaging backbone');
    await choose(page, /ordered feed they can rewind/);
    await choose(page, /any managed stream will do/);
    await enterNumber(page, '7');
    await enterNumber(page, '4500'); // records/s: a shard takes 1 MB/s and 1,000 records/s
    await enterNumber(page, '4.5');
    await enterNumber(page, '3');
    await choose(page, /land them in S3/);

    await expect(outcomeTitle(page)).toHaveText('Kinesis Data Streams, ordered per partition key');
    await expect(page.locator('.service--primary .service__name')).toContainText('Kinesis Data Streams');
    await expect(page.locator('.rationale')).not.toBeEmpty();
    await expect(page.locator('.facts tbody tr')).not.toHaveCount(0);
    await expectNodes(page, ['producers', 'stream', 'flink', 'more-readers', 'firehose', 'lake', 'athena'], ['reader-kcl']);
    await expectNoOverlap(page, guide, 'kinesis-data-streams');

    // "Your answers" → Change jumps back to that question with the answer prefilled.
    await page.locator('.answers__item[data-question="retentionDays"]').getByRole('button', { name: /^Change:/ }).click();
    await expect(heading(page)).toHaveText(/rewind the stream/);
    await expect(page.locator('.number-field__input')).toHaveValue('7');
    await nextButton(page).click();
    await enterNumber(page, '4500');
    await enterNumber(page, '4.5');
    await enterNumber(page, '3');
    await choose(page, /land them in S3/);
    await expectNoOverlap(page, guide, 'kinesis-data-streams');
  });

  test('fan-out that needs routing and replay → EventBridge (screenshot)', async ({ page }, testInfo) => {
    await openGuide(page, 'Messaging backbone');
    await choose(page, /Several independent services/);
    await choose(page, /we also need routing/);
    await choose(page, /^AWS services/);
    await choose(page, /keep an archive/);
    await expect(outcomeTitle(page)).toHaveText('EventBridge event bus with rules');
    await expect(page.locator('.service--primary .service__name')).toHaveText('Amazon EventBridge');
    await expectNodes(page, ['src-aws', 'bus', 'rule-a', 'rule-b', 'target-fn', 'target-flow', 'target-dlq', 'archive'], ['src-apps', 'schemas', 'src-bus']);
    await expectNoOverlap(page, guide, 'eventbridge');

    await page.mouse.move(0, 0); // no hover popover in the picture
    // The whole screen as a test artifact; its top (hero, diagram, services) for the README.
    await page.evaluate(() => window.scrollTo(0, 0));
    const shot = await page.screenshot({ fullPage: true });
    await testInfo.attach('recommendation', { body: shot, contentType: 'image/png' });
    const file = testInfo.outputPath('recommendation.png');
    const grid = (await page.locator('.rec-grid').first().boundingBox())!;
    const width = page.viewportSize()!.width;
    await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width, height: Math.ceil(grid.y + grid.height + 24) } });
    mkdirSync(new URL('../../docs/', import.meta.url), { recursive: true });
    copyFileSync(file, new URL('../../docs/screenshot-recommendation.png', import.meta.url));
  });

  test('Kafka with steady load → MSK Provisioned across three AZs', async ({ page }) => {
    await openGuide(page, 'Messaging backbone');
    await choose(page, /ordered feed they can rewind/);
    await choose(page, /Kafka transactions/);
    await choose(page, /Steady and heavy/);
    await expect(outcomeTitle(page)).toHaveText('Amazon MSK Provisioned across three Availability Zones');
    await expectNodes(page, ['broker-a', 'broker-b', 'broker-c', 'producers', 'consumers'], ['old-cluster', 'connect']);
    await expectNoOverlap(page, guide, 'msk-provisioned');
  });

  test('an invalid number shows the message and blocks Next', async ({ page }) => {
    await openGuide(page, 'Messaging backbone');
    await choose(page, /One worker handles it/);
    await choose(page, /Lambda functions/);
    await choose(page, /in sequence/);
    const input = page.locator('.number-field__input');
    const message = page.locator('.number-field__message');
    await expect(input).toHaveAttribute('placeholder', /\d/);
    await expect(page.locator('.number-field__unit')).toHaveText('messages/s');

    await input.fill('12.5');
    await expect(message).toHaveText('Enter a whole number from 1 to 10,000,000 messages/s.');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(nextButton(page)).toBeDisabled();
    await input.press('Enter');
    await expect(heading(page)).toHaveText(/how many messages.*per second/);

    await input.fill('0');
    await expect(message).toContainText('outside the range');
    await input.fill('lots');
    await expect(message).toContainText('is not a number');
    await expect(nextButton(page)).toBeDisabled();

    await input.fill('2,000');
    await expect(message).toBeEmpty();
    await expect(nextButton(page)).toBeEnabled();
    await input.press('Enter');
    await expect(outcomeTitle(page)).toHaveText('SQS FIFO queue with message groups');
  });
});
