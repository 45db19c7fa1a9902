import { questionById } from '../guide/answers';
import { explainAlternative } from './drill';
import { formatClock, type MockItem, type MockSummary } from './mock';

/** Markdown table cells cannot hold pipes or line breaks. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

const outcomeTitle = (item: MockItem, id: string | undefined) =>
  id ? (item.guide.outcomes.find((o) => o.id === id)?.title ?? id) : '—';
const requirement = (item: MockItem, id: string | null | undefined) =>
  id ? (questionById(item.guide, id)?.prompt ?? id) : '—';

function verdict(item: MockItem): string {
  if (!item.pick) return 'No answer';
  if (item.grade.outcomeRight && item.grade.deciderRight) return 'Right';
  if (item.grade.outcomeRight) return 'Right service, other requirement';
  return 'Wrong';
}

/** The mock-round summary as a Markdown document a candidate can keep or share. */
export function mockSummaryMarkdown(summary: MockSummary, finishedAt: Date): string {
  const lines: string[] = [
    '# Archtree mock round',
    '',
    `${finishedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC · ${summary.timedOut ? 'time ran out' : 'finished in time'}`,
    '',
    `**Score: ${summary.points} / ${summary.maxPoints}** — ${summary.outcomesRight} of ${summary.items.length} services right, ` +
      `${summary.decidersRight} of ${summary.items.length} deciding requirements right, ${formatClock(summary.totalSeconds)} in total.`,
    '',
    '| # | Scenario | Guide | Your pick | Right answer | Time | Result |',
    '|---|---|---|---|---|---|---|',
    ...summary.items.map(
      (item, i) =>
        `| ${i + 1} | ${cell(item.scenario.title)} | ${cell(item.guide.title)} | ${cell(outcomeTitle(item, item.pick?.outcome))} | ` +
        `${cell(outcomeTitle(item, item.scenario.expected))} | ${formatClock(item.seconds)} | ${verdict(item)} |`,
    ),
    '',
    '## Sections to revisit',
    '',
    ...(summary.revisit.length > 0
      ? summary.revisit.map((r) => `- ${r.title} (${r.misses} ${r.misses === 1 ? 'miss' : 'misses'})`)
      : ['- None: every scenario was right.']),
    '',
    '## Scenarios',
  ];
  summary.items.forEach((item, i) => {
    lines.push('', `### ${i + 1}. ${item.scenario.title}`, '', item.scenario.situation, '');
    lines.push(`- Right answer: **${outcomeTitle(item, item.scenario.expected)}**`);
    lines.push(`- Deciding requirement: ${requirement(item, item.scenario.decidedBy)}`);
    lines.push(`- Your pick: ${outcomeTitle(item, item.pick?.outcome)}; your requirement: ${requirement(item, item.pick?.decidedBy)}`);
    if (item.pick && !item.grade.outcomeRight) {
      const why = explainAlternative(item.guide, item.scenario, item.pick.outcome);
      if (why.whyNot) lines.push(`- Why not ${why.title}: ${why.whyNot}`);
      const first = why.ruledOutBy[0];
      if (first) lines.push(`- Ruled out by: “${first.prompt}” is “${first.given}”; ${why.title} needs ${first.needed}.`);
    }
    lines.push(`- Facts: ${item.scenario.facts.join(' ')}`);
  });
  return `${lines.join('\n')}\n`;
}
