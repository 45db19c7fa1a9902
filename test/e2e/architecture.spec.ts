import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { EXPORT_FORMATS, type ExportFormat } from '../../src/core/architecture/export-formats';
import { parseArchitectureJson } from '../../src/core/export/json';
import { decide } from '../../src/core/guide/decide';
import type { Answers, Guide } from '../../src/core/guide/schema';
import { extractPdf } from '../export/pdf-extract';
import { findAll, parseXml } from '../export/xml-tree';
import { loadGuide } from '../helpers/guides';
import { heading, nextButton } from './helpers';

/**
 * The Architecture screen in the web build, as a user works it: three guides run in the
 * wizard and added to one architecture, the merged diagram checked, the provider switched to
 * Google Cloud, and every export format downloaded and opened as its tool would.
 */

const RUNS: { guide: string; answers: Answers; outcome: string }[] = [
  { guide: 'compute', answers: { workloadShape: 'web-service', utilisation: 0, platform: 'aws-native', simpleService: 'single-service', appRunnerAccount: 'new', monthlySpend: 0 }, outcome: 'ecs-fargate' },
  { guide: 'database', answers: { dataRole: 'system-of-record', dataModel: 'relational', availabilityTarget: 99.95, readReplicas: 2, loadShape: 'steady', lambdaClients: 'no', regionCount: 1, engine: 'new' }, outcome: 'aurora' },
  { guide: 'messaging', answers: { pattern: 'work-queue', consumerCompute: 'containers', ordering: 'any-order' }, outcome: 'sqs-standard' },
];

/** Answer the wizard's questions from `answers` until the recommendation shows. */
async function answerAll(page: Page, guide: Guide, answers: Answers): Promise<void> {
  for (let asked = 0; await heading(page).isVisible(); asked++) {
    if (asked > 20) throw new Error('the wizard never reached an outcome');
    const prompt = (await heading(page).textContent())?.trim() ?? '';
    const question = guide.questions.find((q) => q.prompt === prompt)!;
    expect(question, `a question titled "${prompt}"`).toBeDefined();
    const value = answers[question.id]!;
    if (question.kind === 'choice') {
      await page.getByRole('radio', { name: question.choices.find((c) => c.value === value)!.label, exact: false }).first().check();
    } else {
      await page.locator('.number-field__input').fill(String(value));
    }
    await nextButton(page).click();
    await expect(heading(page).or(page.locator('.rec-hero__title')).first()).toBeVisible();
  }
}

async function addGuide(page: Page, run: (typeof RUNS)[number]): Promise<void> {
  const guide = loadGuide(run.guide);
  expect(decide(guide, run.answers)).toMatchObject({ status: 'outcome', outcome: run.outcome });
  await page.getByTestId(`add-guide-${run.guide}`).click();
  await answerAll(page, guide, run.answers);
  await expect(page.locator('.rec-hero__title')).toHaveText(guide.outcomes.find((o) => o.id === run.outcome)!.title);
  await page.getByTestId('use-in-architecture').click();
  await expect(page.getByRole('heading', { level: 2, name: /^Architecture:/ })).toBeVisible();
}

const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

async function download(page: Page, format: ExportFormat, path: string): Promise<Buffer> {
  if (!(await page.getByTestId('export-menu').isVisible())) await page.getByTestId('export-menu-button').last().click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`export-${format}`).click()]);
  await file.saveAs(path);
  await expect(page.getByTestId('export-status').last()).toContainText(`Saved ${file.suggestedFilename()}`, { timeout: 30_000 });
  return readFileSync(path);
}

test('compose an architecture from three guides, switch to Google Cloud and export every format', async ({ page, context }, testInfo) => {
  test.setTimeout(180_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await page.getByTestId('open-architecture').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Compose an architecture' })).toBeFocused();

  for (const run of RUNS) await addGuide(page, run);
  await expect(page.getByTestId('architecture-guides').locator('li')).toHaveCount(3);

  // One diagram: one shared region and VPC, the tasks wired to the database and the queue.
  const diagram = page.getByTestId('architecture-diagram');
  await expect(diagram).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
  for (const id of ['compute/task-a', 'database/writer', 'messaging/queue']) await expect(node(page, id), id).toBeVisible();
  await expect(page.locator('.react-flow__node[data-id="@region-1"]')).toHaveCount(1);
  await expect(page.locator('.react-flow__node[data-id="@region-1/vpc"]')).toHaveCount(1);
  await expect(page.locator('.react-flow__node[data-id^="database/svc-"]')).toHaveCount(0);
  await expect(page.locator('.react-flow__edge[data-id]').first()).toBeAttached();

  // Redo keeps the guide's place and answers; removing it takes its services away.
  await page.getByRole('button', { name: /^Redo Messaging/ }).click();
  await expect(page.locator('.rec-hero__title')).toHaveText('SQS Standard queue with a dead-letter queue');
  await page.getByTestId('use-in-architecture').click();
  await expect(page.getByTestId('architecture-guides').locator('li').nth(2)).toHaveAttribute('data-guide', 'messaging');

  // Google Cloud: the same architecture with the catalogue's equivalents, differences marked.
  await page.getByTestId('provider-switch').getByText('Google Cloud').click();
  await expect(node(page, 'messaging/queue').locator('[data-provider="gcp"]')).toBeVisible();
  await expect(node(page, 'messaging/queue').locator('[data-equivalence="differs"]')).toBeVisible();
  await expect(page.getByTestId('provider-notes')).toContainText('Pub/Sub');
  await expect(page.getByTestId('provider-notes')).toContainText(/global/);

  const out = (name: string) => testInfo.outputPath(name);
  const files = Object.fromEntries(await EXPORT_FORMATS.reduce(async (done, format) => [...(await done), [format, await download(page, format, out(`architecture.${format}`))] as const], Promise.resolve([] as (readonly [ExportFormat, Buffer])[])));

  // SVG: valid XML, every service drawn, the GCP services named.
  const svg = parseXml(files.svg!.toString('utf8'));
  const svgNodes = findAll(svg, (e) => e.attrs.class === 'node');
  expect(svgNodes.length).toBeGreaterThan(15);
  expect(svgNodes.some((e) => e.attrs['data-service'] === 'gcp.pubsub')).toBe(true);
  expect(findAll(svg, (e) => e.attrs['data-equivalence'] === 'differs').length).toBeGreaterThan(0);

  // PNG: the signature, a sane size (2× by default in the menu).
  const png = files.png!;
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
  expect(width).toBe(Number(svg.attrs.width) * 2);
  expect(height).toBe(Number(svg.attrs.height) * 2);
  expect(png.length).toBeGreaterThan(20_000);

  // PDF: the header, a page for the diagram and pages for the record, the trailer.
  const pdf = files.pdf!.toString('latin1');
  expect(pdf.startsWith('%PDF-1.')).toBe(true);
  expect((pdf.match(/\/Type \/Page\b/g) ?? []).length).toBeGreaterThanOrEqual(3);
  expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true);
  // Too big for one legible page: printed again in sheets, laid out by the app's worker.
  const pages = (await extractPdf(files.pdf!)).map((p) => p.text.replace(/\s+/g, ' '));
  expect(pages[0]).toMatch(/printed again in \d+ sheets/);
  expect(pages[1]).toMatch(/Sheet 1 of \d+: /);

  // draw.io: XML with a cell for every service, containers as parents.
  const drawio = parseXml(files.drawio!.toString('utf8'));
  expect(drawio.tag).toBe('mxfile');
  const objects = findAll(drawio, (e) => e.tag === 'UserObject');
  const ids = new Set(objects.map((o) => o.attrs.id));
  const cells = objects.map((o) => o.children.find((c) => c.tag === 'mxCell')!);
  expect(cells.filter((c) => c.attrs.vertex === '1').length).toBeGreaterThan(svgNodes.length);
  expect(cells.some((c) => ids.has(c.attrs.parent!))).toBe(true);

  // Mermaid: a flowchart with subgraphs.
  const mermaid = files.mermaid!.toString('utf8');
  expect(mermaid).toMatch(/^---\ntitle: /);
  expect(mermaid).toContain('flowchart LR');
  expect(mermaid).toMatch(/subgraph c__region_1\[/);

  // JSON: re-imports as the same architecture.
  const json = parseArchitectureJson(files.json!.toString('utf8'));
  expect(json.ok).toBe(true);
  if (json.ok) {
    expect(json.value.nodes.length).toBe(svgNodes.length);
    expect(json.value.nodes.find((n) => n.id === 'messaging/queue')?.provenance.originalService).toBe('aws.sqs');
  }

  // The decision record: its headings, each guide's decision.
  const adr = files.adr!.toString('utf8');
  for (const h of ['# ADR: ', '## Context', '## Decision', '## Consequences', '## Alternatives considered', '## Facts cited', '## Diagram']) {
    expect(adr).toContain(h);
  }
  expect(adr).toContain('```mermaid');
  for (const run of RUNS) expect(adr).toContain(loadGuide(run.guide).title);

  // Copy Mermaid: the same text on the clipboard.
  await page.getByTestId('copy-mermaid').click();
  await expect(page.getByTestId('export-status').last()).toHaveText('Mermaid copied to the clipboard');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(mermaid);
  await page.getByTestId('copy-png').click();
  await expect(page.getByTestId('export-status').last()).toHaveText('PNG copied to the clipboard', { timeout: 30_000 });

  // Removing a guide takes its services out of the diagram.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /^Remove Messaging/ }).click();
  await expect(page.getByTestId('architecture-guides').locator('li')).toHaveCount(2);
  await expect(node(page, 'messaging/queue')).toHaveCount(0);
});

test('an architecture session is saved as it changes and reopens from Recent as it was left', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.getByTestId('open-architecture').click();
  for (const run of RUNS.slice(0, 2)) await addGuide(page, run);
  await page.getByTestId('provider-switch').getByText('Google Cloud').click();
  const diagram = page.getByTestId('architecture-diagram');
  await expect(diagram).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
  await expect(node(page, 'database/writer').locator('[data-provider="gcp"]')).toBeVisible();
  const nodes = page.locator('.react-flow__node[data-id]');
  const count = await nodes.count();
  expect(count).toBeGreaterThan(3);
  const hint = await page.locator('.panel--diagram .panel__hint').textContent();
  await expect(page.locator('.save-status')).toHaveText('All changes saved');

  await page.reload();
  const row = page.getByRole('list', { name: 'Recent sessions' }).locator('.session-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Architecture · 2 guides');
  await row.locator('.session-row__open').click();

  await expect(page.getByTestId('architecture-guides').locator('li')).toHaveCount(2);
  await expect(page.getByTestId('architecture-guides').locator('li').nth(1)).toHaveAttribute('data-guide', 'database');
  await expect(page.getByTestId('provider-switch').getByRole('radio', { name: 'Google Cloud' })).toBeChecked();
  await expect(diagram).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
  await expect(nodes).toHaveCount(count);
  await expect(page.locator('.panel--diagram .panel__hint')).toHaveText(hint!);
  await expect(node(page, 'database/writer').locator('[data-provider="gcp"]')).toBeVisible();

  // Removing a guide is a change like any other: Recent says so after the next reload.
  await page.getByRole('button', { name: /^Remove Compute/ }).click();
  await expect(page.locator('.save-status')).toHaveText('All changes saved');
  await page.reload();
  await expect(row).toContainText('Architecture · 1 guide');
});

test('says where the composed guides disagree: one Region for the data, Aurora Global Database for the standby', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.getByTestId('open-architecture').click();
  await addGuide(page, RUNS[1]!); // the database guide: Aurora, data in 1 Region
  await expect(page.getByTestId('guide-conflicts')).toHaveCount(0);
  await addGuide(page, {
    guide: 'disaster-recovery',
    answers: { rpoMinutes: 0.01, rtoMinutes: 10, criticality: 'revenue-critical', dataStore: 'aurora', compute: 'ecs', monthlySpend: 0, downtimeCostPerHour: 0, budget: 'backup-only', clientNeeds: 'static-ips' },
    outcome: 'warm-standby',
  });
  const conflicts = page.getByTestId('guide-conflicts');
  await expect(conflicts).toContainText('Where the guides disagree');
  await expect(conflicts).toContainText(/recommends Amazon Aurora Global Database, which “Database[^”]*” ruled out/);
  await expect(conflicts).toContainText('(1 Region)');
});
