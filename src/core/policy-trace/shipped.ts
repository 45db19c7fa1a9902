import type { RenderedArtefact } from '../guide/artefact';
import accessGuardrails from '../../../decision-trees/policy-traces/access-guardrails.json' with { type: 'json' };
import { renderTraces, type RenderedTrace } from './render';
import { policyTraceFileSchema, type PolicyTraceFile } from './schema';

/**
 * The policy traces shipped with the app, generated at build time by `npm run policy-traces`
 * (see scripts/write-policy-traces.ts). Only this data ships; the simulator that produced it
 * does not. A file that fails validation is left out, so the screen shows no trace rather
 * than a wrong one; test/guides/access-guardrails.traces.test.ts keeps it valid and current.
 */

let files: PolicyTraceFile[] | undefined;

function shippedFiles(): PolicyTraceFile[] {
  files ??= [accessGuardrails].flatMap((raw) => {
    const parsed = policyTraceFileSchema.safeParse(raw);
    return parsed.success ? [parsed.data] : [];
  });
  return files;
}

/** Why an outcome's example requests are allowed or denied, with the user's values; [] for outcomes without traces. */
export function policyTracesFor(rec: { guide: { id: string }; outcome: { id: string }; artefacts?: RenderedArtefact[] }): RenderedTrace[] {
  if (!rec.artefacts?.length) return [];
  return shippedFiles().flatMap((f) => renderTraces(f, rec.guide.id, rec.outcome.id, rec.artefacts ?? []));
}
