import { allowedValues } from '../core/guide/answer-args';
import { collectAnswers } from './answers';
import { questionById } from '../core/guide/answers';
import type { Guide } from '../core/guide/schema';
import type { Library } from '../core/library';
import { buildRecommendation } from '../core/recommendation/build';
import { COMMON_OPTIONS, parseCommandArgs } from './args';
import { findGuide, knownGuides } from './find-guide';
import { CliError, EXIT, loadTrees, type Io } from './io';
import { pathEntries, renderPending, renderRecommendation } from './render';
import { HELP } from './usage';

/** `archtree decide <guide> --answer q=v ...`: the recommendation, or the next question (exit 2). */
export function decideCommand(argv: string[], io: Io): number {
  const { values, positionals } = parseCommandArgs('decide', argv, {
    ...COMMON_OPTIONS,
    answer: { type: 'string', short: 'a', multiple: true },
    answers: { type: 'string' },
    strict: { type: 'boolean' },
    json: { type: 'boolean' },
  });
  if (values.help) return (io.out(HELP.decide!), EXIT.ok);
  const [guideId, ...extra] = positionals;
  if (extra.length > 0) {
    const hint = extra[0]!.includes('=') ? `; give answers as --answer ${extra[0]}` : '; see archtree decide --help';
    throw new CliError(`decide: unexpected argument "${extra[0]}"${hint}`);
  }
  if (!guideId) throw new CliError(`decide: which guide? known guides: ${knownGuides(loadTrees(values.dir).library)}`);
  const { guide, library, guideIds } = findGuide(values.dir, guideId);

  const { decision, answers } = collectAnswers(guide, { flags: values.answer ?? [], file: values.answers, strict: values.strict ?? false, guideIds }, io, 'decide');
  const path = pathEntries(guide, decision.path, decision.answers);
  const guideInfo = { id: guide.id, title: guide.title, version: guide.version };

  if (decision.status === 'outcome') {
    const recommendation = buildRecommendation(guide, library.catalog, decision);
    if (values.json) {
      io.out(JSON.stringify({ guide: guideInfo, outcome: recommendation.outcome, recommendation, path, answers: decision.answers, next: null }, null, 2));
    } else {
      renderRecommendation(recommendation, path).forEach((line) => io.out(line));
    }
    return EXIT.ok;
  }

  const question = questionById(guide, decision.question)!;
  if (values.json) {
    const next = {
      question: question.id,
      prompt: question.prompt,
      help: question.help,
      accepts: allowedValues(question),
      ...(question.kind === 'choice'
        ? { kind: 'choice' as const, choices: question.choices }
        : { kind: 'number' as const, unit: question.unit, min: question.min, max: question.max, integer: question.integer, bands: question.bands }),
    };
    io.out(JSON.stringify({ guide: guideInfo, outcome: null, recommendation: null, path, answers, next }, null, 2));
  } else {
    const given = Object.entries(answers).map(([q, v]) => `--answer ${q}=${v}`);
    const continueWith = ['archtree decide', guide.id, ...given, `--answer ${question.id}=<value>`].join(' ');
    renderPending(guide, question, path, continueWith).forEach((line) => io.out(line));
  }
  io.err(`archtree: answers incomplete; next question is ${question.id} ("${question.prompt}"): ${allowedValues(question)}`);
  return EXIT.incomplete;
}
