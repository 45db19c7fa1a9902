import { z } from 'zod';
import type { ArchContainer, ArchEdge, ArchNode, Architecture, Provenance } from '../architecture/model';
import { CATEGORIES, PROVIDERS } from '../catalog/schema';
import { containerKindSchema } from '../guide/schema';

/**
 * The architecture model as a versioned JSON file that Archtree re-imports. Import treats
 * the file as untrusted: size checked first, nesting depth before parsing, then a strict
 * schema and the references between elements.
 */

export const ARCHITECTURE_FORMAT = 'archtree.architecture';
export const ARCHITECTURE_FORMAT_VERSION = 1;
export const MAX_ARCHITECTURE_BYTES = 5 * 1024 * 1024;
export const MAX_ARCHITECTURE_DEPTH = 16;

const id = z.string().min(1).max(200);
const text = z.string().max(2000);

const provenanceSchema = z.strictObject({
  guide: id,
  outcome: id,
  reason: text,
  answers: z.array(z.strictObject({ question: id, prompt: text, answer: text })).max(100),
  originalService: id.optional(),
  originalLabel: text.optional(),
  equivalence: z.strictObject({ kind: z.enum(['differs', 'none']), note: text }).optional(),
});

const containerSchema = z.strictObject({
  id,
  kind: containerKindSchema,
  label: text,
  parent: id.optional(),
  tier: z.enum(['public', 'private', 'data']).optional(),
  provenance: provenanceSchema,
});

const nodeSchema = z.strictObject({
  id,
  service: id,
  label: text,
  serviceName: text,
  provider: z.enum(PROVIDERS),
  category: z.enum(CATEGORIES),
  parent: id.optional(),
  provenance: provenanceSchema,
});

const edgeSchema = z.strictObject({
  id,
  from: id,
  to: id,
  label: text.optional(),
  style: z.enum(['sync', 'async', 'replication', 'network']),
  provenance: provenanceSchema,
});

export const architectureSchema = z
  .strictObject({
    version: z.literal(1),
    title: text,
    containers: z.array(containerSchema).max(2000),
    nodes: z.array(nodeSchema).max(5000),
    edges: z.array(edgeSchema).max(10000),
  })
  .superRefine((a, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const containers = new Map(a.containers.map((c) => [c.id, c]));
    const seen = new Set<string>();
    [...a.containers, ...a.nodes].forEach((x) => {
      if (seen.has(x.id)) issue(['nodes'], `id "${x.id}" is used twice`);
      seen.add(x.id);
    });
    const check = (list: 'containers' | 'nodes', i: number, parent: string | undefined) => {
      if (parent !== undefined && !containers.has(parent)) issue([list, i, 'parent'], `parent "${parent}" is not a container`);
    };
    a.containers.forEach((c, i) => {
      check('containers', i, c.parent);
      let cursor = c.parent;
      for (let depth = 0; cursor !== undefined; depth++) {
        if (cursor === c.id || depth > a.containers.length) return issue(['containers', i, 'parent'], `container "${c.id}" is inside itself`);
        cursor = containers.get(cursor)?.parent;
      }
    });
    a.nodes.forEach((n, i) => check('nodes', i, n.parent));
    const edgeIds = new Set<string>();
    a.edges.forEach((e, i) => {
      if (edgeIds.has(e.id)) issue(['edges', i, 'id'], `edge id "${e.id}" is used twice`);
      edgeIds.add(e.id);
      if (!seen.has(e.from)) issue(['edges', i, 'from'], `"${e.from}" is no container or node`);
      if (!seen.has(e.to)) issue(['edges', i, 'to'], `"${e.to}" is no container or node`);
    });
  });

export const architectureFileSchema = z.strictObject({
  format: z.literal(ARCHITECTURE_FORMAT),
  version: z.literal(ARCHITECTURE_FORMAT_VERSION),
  architecture: architectureSchema,
});

// Canonical copies: fixed key order, no undefined keys, so the file is the same for the same model.
const provenance = (p: Provenance): Provenance => ({
  guide: p.guide, outcome: p.outcome, reason: p.reason,
  answers: p.answers.map((a) => ({ question: a.question, prompt: a.prompt, answer: a.answer })),
  ...(p.originalService !== undefined ? { originalService: p.originalService } : {}),
  ...(p.originalLabel !== undefined ? { originalLabel: p.originalLabel } : {}),
  ...(p.equivalence !== undefined ? { equivalence: { kind: p.equivalence.kind, note: p.equivalence.note } } : {}),
});
const container = (c: ArchContainer): ArchContainer => ({
  id: c.id, kind: c.kind, label: c.label,
  ...(c.parent !== undefined ? { parent: c.parent } : {}),
  ...(c.tier !== undefined ? { tier: c.tier } : {}),
  provenance: provenance(c.provenance),
});
const node = (n: ArchNode): ArchNode => ({
  id: n.id, service: n.service, label: n.label, serviceName: n.serviceName, provider: n.provider, category: n.category,
  ...(n.parent !== undefined ? { parent: n.parent } : {}),
  provenance: provenance(n.provenance),
});
const edge = (e: ArchEdge): ArchEdge => ({
  id: e.id, from: e.from, to: e.to,
  ...(e.label !== undefined ? { label: e.label } : {}),
  style: e.style,
  provenance: provenance(e.provenance),
});

/** The model as a versioned, pretty-printed JSON document with a stable key order. */
export function toArchitectureJson(model: Architecture): string {
  const architecture: Architecture = {
    version: 1,
    title: model.title,
    containers: model.containers.map(container),
    nodes: model.nodes.map(node),
    edges: model.edges.map(edge),
  };
  return JSON.stringify({ format: ARCHITECTURE_FORMAT, version: ARCHITECTURE_FORMAT_VERSION, architecture }, null, 2) + '\n';
}

export type ParsedArchitecture = { ok: true; value: Architecture } | { ok: false; message: string };

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** The deepest nesting of arrays and objects in JSON text, counted without parsing it. */
export function jsonDepth(text: string, stopAbove = Infinity): number {
  let depth = 0, max = 0, inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) max = depth;
      if (max > stopAbove) return max;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}

/** Read an exported architecture file back; never throws, explains what is wrong. */
export function parseArchitectureJson(input: string): ParsedArchitecture {
  const mib = MAX_ARCHITECTURE_BYTES / 1024 / 1024;
  if (input.length > MAX_ARCHITECTURE_BYTES || utf8Length(input) > MAX_ARCHITECTURE_BYTES) {
    return { ok: false, message: `the file is larger than ${mib} MiB` };
  }
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (jsonDepth(text, MAX_ARCHITECTURE_DEPTH) > MAX_ARCHITECTURE_DEPTH) {
    return { ok: false, message: `the file nests deeper than ${MAX_ARCHITECTURE_DEPTH} levels` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (!json || typeof json !== 'object' || (json as { format?: unknown }).format !== ARCHITECTURE_FORMAT) {
    return { ok: false, message: `not an Archtree architecture file (expected "format": "${ARCHITECTURE_FORMAT}")` };
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > ARCHITECTURE_FORMAT_VERSION) {
    return { ok: false, message: `the file is format version ${version}; this Archtree reads version ${ARCHITECTURE_FORMAT_VERSION}` };
  }
  const parsed = architectureFileSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    const more = parsed.error.issues.length > 5 ? ` (and ${parsed.error.issues.length - 5} more)` : '';
    return { ok: false, message: `${first.join('; ')}${more}` };
  }
  return { ok: true, value: parsed.data.architecture as Architecture };
}
