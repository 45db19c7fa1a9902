import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';

/** The guide file as committed, so tests know each diagram element's parent container. */
type DiagramTemplate = {
  containers: { id: string; parent?: string }[];
  nodes: { id: string; parent?: string }[];
};
type GuideFile = { outcomes: { id: string; diagram: DiagramTemplate }[] };

export function readGuide(id: string): GuideFile {
  return JSON.parse(readFileSync(new URL(`../../decision-trees/${id}.json`, import.meta.url), 'utf8')) as GuideFile;
}

export async function openGuide(page: Page, title: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: new RegExp(title) }).click();
  await expect(page.locator('.question-title')).toBeFocused();
}

export const heading = (page: Page): Locator => page.locator('.question-title');
export const nextButton = (page: Page): Locator => page.getByRole('button', { name: 'Next' });
export const progress = (page: Page): Locator => page.locator('.wizard-progress__text');

/** Pick a choice by its label (mouse) and go on. */
export async function choose(page: Page, label: string | RegExp): Promise<void> {
  await page.getByRole('radio', { name: label }).check();
  await nextButton(page).click();
}

/** Type a number and go on. */
export async function enterNumber(page: Page, value: string): Promise<void> {
  await page.locator('.number-field__input').fill(value);
  await nextButton(page).click();
}

export const node = (page: Page, id: string): Locator => page.locator(`.react-flow__node[data-id="${id}"]`);

export async function expectNodes(page: Page, present: string[], absent: string[] = []): Promise<void> {
  for (const id of present) await expect(node(page, id), `node ${id}`).toBeVisible();
  for (const id of absent) await expect(node(page, id), `node ${id}`).toHaveCount(0);
}

type Box = { id: string; x: number; y: number; width: number; height: number };

async function boxes(page: Page): Promise<Box[]> {
  return page.locator('.react-flow__node[data-id]').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { id: el.getAttribute('data-id')!, x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
}

/** Waits until the laid-out diagram stops moving (ELK runs in a worker, then React Flow fits). */
export async function settledBoxes(page: Page): Promise<Box[]> {
  await expect(page.getByTestId('architecture-diagram')).toHaveAttribute('data-status', 'ready');
  let last = '';
  let current: Box[] = [];
  await expect
    .poll(
      async () => {
        current = await boxes(page);
        const key = JSON.stringify(current.map((b) => [b.id, Math.round(b.x), Math.round(b.y), Math.round(b.width)]));
        const same = key === last && current.length > 0;
        last = key;
        return same;
      },
      // A ceiling for a loaded machine; the poll ends as soon as two reads agree.
      { intervals: [150, 250, 400], timeout: 30_000 },
    )
    .toBe(true);
  return current;
}

/**
 * No two diagram elements overlap, except a container and what it (transitively) holds.
 * Parents come from the guide's diagram template for the outcome.
 */
export async function expectNoOverlap(page: Page, guide: GuideFile, outcome: string): Promise<void> {
  const template = guide.outcomes.find((o) => o.id === outcome)!.diagram;
  const parent = new Map<string, string | undefined>([
    ...template.containers.map((c) => [c.id, c.parent] as const),
    ...template.nodes.map((n) => [n.id, n.parent] as const),
  ]);
  const isAncestor = (a: string, b: string) => {
    for (let p = parent.get(b); p; p = parent.get(p)) if (p === a) return true;
    return false;
  };
  const all = await settledBoxes(page);
  const overlaps: string[] = [];
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const a = all[i]!;
      const b = all[j]!;
      if (isAncestor(a.id, b.id) || isAncestor(b.id, a.id)) continue;
      const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (w > 0.5 && h > 0.5) overlaps.push(`${a.id} × ${b.id}`);
    }
  }
  expect(overlaps, 'overlapping diagram elements').toEqual([]);
}
