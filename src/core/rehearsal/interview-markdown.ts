import type { InterviewSummary } from './interview';
import { formatClock } from './mock';

/** Markdown table cells cannot hold pipes or line breaks. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const pct = (n: number) => `${Math.round(n * 100)} %`;
/** A typed answer quoted as a Markdown block quote, line by line. */
const quote = (text: string) => text.trim().split(/\r?\n/).map((l) => `> ${l}`).join('\n');

/** The mock-interview summary as a Markdown document a candidate can keep or share. */
export function interviewMarkdown(summary: InterviewSummary, finishedAt: Date): string {
  const lines: string[] = [
    '# Archtree mock interview',
    '',
    `${finishedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC · ${summary.items.length} questions · ${formatClock(summary.limitSeconds)} per question`,
    '',
    `**Coverage: ${pct(summary.coverage)}** of the key points, ${formatClock(summary.totalSeconds)} in total.`,
    '',
    '| # | Question | Section | Coverage | Time |',
    '|---|---|---|---|---|',
    ...summary.items.map(
      (item, i) =>
        `| ${i + 1} | ${cell(item.question.prompt)} | ${cell(item.question.section)} | ${item.coverage.covered.length} / ${item.question.keyPoints.length} (${pct(item.coverage.coverage)}) | ` +
        `${formatClock(item.seconds)}${item.overTime ? ' (over)' : ''} |`,
    ),
    '',
    '## Sections, weakest first',
    '',
    ...summary.sections.map((s) => `- ${s.title}: ${pct(s.coverage)} over ${s.questions} ${s.questions === 1 ? 'question' : 'questions'}`),
    '',
    '## Questions',
  ];
  summary.items.forEach((item, i) => {
    lines.push('', `### ${i + 1}. ${item.question.prompt}`, '');
    if (item.answer.trim()) lines.push('Your answer:', '', quote(item.answer), '');
    lines.push(`Covered ${item.coverage.covered.length} of ${item.question.keyPoints.length} key points in ${formatClock(item.seconds)}.`, '');
    if (item.coverage.missed.length > 0) {
      lines.push('Missed:', '');
      for (const p of item.coverage.missed) lines.push(`- **${p.point}** ${p.why}`);
      lines.push('');
    } else {
      lines.push('Missed: nothing.', '');
    }
    lines.push(`Follow-up: ${item.followUp}`);
    if (item.followUpAnswer.trim()) lines.push('', quote(item.followUpAnswer));
  });
  return `${lines.join('\n')}\n`;
}
