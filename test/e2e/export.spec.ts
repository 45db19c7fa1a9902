import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseArchitectureJson } from '../../src/core/export/json';
import { findAll, parseXml } from '../export/xml-tree';
import { choose, openGuide } from './helpers';

/** The Export menu on a single guide's recommendation: files from the model, and the clipboard. */
test('export one recommendation as SVG, PNG at 1× on a dark background, JSON, and copy its Mermaid', async ({ page, context }, testInfo) => {
  test.setTimeout(90_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openGuide(page, 'Messaging backbone');
  await choose(page, /One worker handles it/);
  await choose(page, /Lambda functions/);
  await choose(page, /No — any order/);
  await expect(page.locator('.rec-hero__title')).toHaveText('SQS Standard queue with a dead-letter queue');
  await expect(page.getByTestId('architecture-diagram')).toHaveAttribute('data-status', 'ready');

  await page.getByTestId('export-menu-button').click();
  const menu = page.getByTestId('export-menu');
  await menu.getByLabel('Dark').check();
  await menu.getByLabel('1×').check();
  const save = async (format: string) => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`export-${format}`).click()]);
    const path = testInfo.outputPath(file.suggestedFilename());
    await file.saveAs(path);
    await expect(page.getByTestId('export-status')).toHaveText(`Saved ${file.suggestedFilename()}`);
    return { name: file.suggestedFilename(), bytes: readFileSync(path) };
  };

  const svg = await save('svg');
  expect(svg.name).toBe('messaging-backbone-sqs-standard-queue-with-a-dead-letter-queue.svg');
  const root = parseXml(svg.bytes.toString('utf8'));
  expect(findAll(root, (e) => e.attrs['data-id'] === 'queue' && e.attrs.class === 'node')).toHaveLength(1);
  expect(findAll(root, (e) => e.attrs.id === 'background')).toHaveLength(1); // dark: painted background

  const png = await save('png');
  expect([...png.bytes.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  expect([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)]).toEqual([Number(root.attrs.width), Number(root.attrs.height)]);

  const json = parseArchitectureJson((await save('json')).bytes.toString('utf8'));
  expect(json.ok && json.value.nodes.some((n) => n.id === 'queue' && n.service === 'aws.sqs')).toBe(true);

  await page.getByTestId('copy-mermaid').click();
  await expect(page.getByTestId('export-status')).toHaveText('Mermaid copied to the clipboard');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^---\ntitle: "Messaging backbone: SQS Standard/);

  // Escape closes the menu.
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
});
