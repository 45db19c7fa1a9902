import { z } from 'zod';
import mapping from '../../../decision-trees/catalog/icons/icons.json' with { type: 'json' };

/**
 * The providers' official architecture icons, as data: decision-trees/catalog/icons/icons.json
 * maps a catalogue service id to
 *   - `icon`: a file of an icon package, vendored beside icons.json by `npm run icons`
 *     (`aws-icons:<folder>/<Name>` from the aws-icons package, built from AWS Architecture
 *     Icons; `thesvg:<slug>` from @thesvg/icons, which carries Google Cloud's and Azure's
 *     official sets), and
 *   - `drawio`: the shape draw.io's own libraries use for the service (AWS 4, GCP 2, Azure 2),
 *     so a draw.io export opens with native, editable shapes.
 * A service without an entry is drawn with the category glyph (../architecture/icons.ts).
 * Pure: the icon *files* are read by the shells (src/node/official-icons.ts in Node, a lazy
 * Vite import in the renderer) and handed to the exporters as text.
 */

const AWS4_PALETTES = ['analytics', 'application-integration', 'compute', 'database', 'management', 'network', 'security', 'storage'] as const;
export type Aws4Palette = (typeof AWS4_PALETTES)[number];

const drawioShapeSchema = z.union([
  /** a service icon: shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.<resIcon> */
  z.strictObject({ library: z.literal('aws4'), resIcon: z.string().regex(/^[a-z0-9_]+$/), palette: z.enum(AWS4_PALETTES) }),
  /** a resource icon drawn as its own stencil: shape=mxgraph.aws4.<shape> */
  z.strictObject({ library: z.literal('aws4'), shape: z.string().regex(/^[a-z0-9_]+$/), palette: z.enum(AWS4_PALETTES) }),
  /** shape=mxgraph.gcp2.hexIcon;prIcon=<prIcon> */
  z.strictObject({ library: z.literal('gcp2'), prIcon: z.string().regex(/^[a-z0-9_]+$/) }),
  /** image=img/lib/azure2/<image>, draw.io's bundled Azure library */
  z.strictObject({ library: z.literal('azure2'), image: z.string().regex(/^[a-z_]+\/[A-Za-z0-9_]+\.svg$/) }),
]);
export type DrawioShape = z.infer<typeof drawioShapeSchema>;

/** `aws-icons:architecture-service/AmazonSimpleQueueService` or `thesvg:gcp-pubsub` */
export const ICON_REF = /^(aws-icons:(architecture-service|resource)\/[A-Za-z0-9]+|thesvg:(gcp|azure)-[a-z0-9-]+)$/;

export const iconMappingSchema = z.strictObject({
  $comment: z.string().optional(),
  sources: z.record(z.string(), z.strictObject({ package: z.string(), version: z.string(), licence: z.string() })),
  services: z.record(
    z.string().regex(/^(aws|gcp|azure|generic|other)\.[a-z0-9-]+$/, 'must be a catalogue service id'),
    z.strictObject({ icon: z.string().regex(ICON_REF, 'must be aws-icons:<folder>/<Name> or thesvg:<slug>').optional(), drawio: drawioShapeSchema.optional() })
      .refine((e) => e.icon || e.drawio, 'needs an icon, a draw.io shape or both'),
  ),
});
export type IconMapping = z.infer<typeof iconMappingSchema>;

/** The mapping, validated once when first used; a broken file names the field at fault. */
let parsed: IconMapping | undefined;
export function iconMapping(): IconMapping {
  if (!parsed) {
    const result = iconMappingSchema.safeParse(mapping);
    if (!result.success) throw new Error(`decision-trees/catalog/icons/icons.json: ${z.prettifyError(result.error)}`);
    parsed = result.data;
  }
  return parsed;
}

/** The icon file a service is drawn with, or undefined (then the category glyph is). */
export const officialIconRef = (serviceId: string): string | undefined => iconMapping().services[serviceId]?.icon;

/** draw.io's own shape for a service, or undefined (then the export draws a labelled box). */
export const drawioShape = (serviceId: string): DrawioShape | undefined => iconMapping().services[serviceId]?.drawio;

/** The vendored file's name for a ref: `aws-icons--resource--AmazonVPCNATGateway.svg`. */
export const iconFileName = (ref: string): string => `${ref.replace(/[:/]/g, '--')}.svg`;

/** An icon ready to embed: its viewBox and inner markup with ids and classes made unique to it. */
export type OfficialIcon = { ref: string; id: string; viewBox: string; body: string };
/** Official icons by catalogue service id, as the exporters receive them. */
export type OfficialIcons = ReadonlyMap<string, OfficialIcon>;

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/**
 * One package SVG made safe to inline many times in one document: the outer <svg> is replaced
 * by its viewBox (from viewBox, else width × height), <title> goes (the node has its own), and
 * every id, url(#…)/href reference and class is prefixed with the icon's own id, so two icons'
 * gradients or `.cls-1` rules never clash. Throws, naming the ref, on anything that is not a
 * plain self-contained SVG (scripts, event handlers, external references).
 */
export function normaliseIconSvg(ref: string, raw: string): OfficialIcon {
  const id = `oi-${ref.replace(/^[a-z-]+:/, '').replace(/[^A-Za-z0-9-]+/g, '-').toLowerCase()}`;
  const match = /^\s*(?:<\?xml[^>]*>\s*)?(<svg\b[^>]*>)([\s\S]*)<\/svg>\s*$/.exec(raw);
  if (!match) throw new Error(`icon ${ref}: not an SVG document`);
  const [, open, inner] = match as unknown as [string, string, string];
  if (/<script\b|\son[a-z]+\s*=|<foreignObject\b/i.test(inner)) throw new Error(`icon ${ref}: contains scripts or HTML, refusing to embed it`);
  if (/(?:href|url\()\s*=?\s*["']?\s*(?:https?:|data:|\/\/)/i.test(inner)) throw new Error(`icon ${ref}: refers to an outside resource, refusing to embed it`);
  const width = attr(open, 'width'), height = attr(open, 'height');
  const viewBox = attr(open, 'viewBox') ?? (width && height ? `0 0 ${parseFloat(width)} ${parseFloat(height)}` : undefined);
  if (!viewBox || !/^-?[\d.]+ -?[\d.]+ [\d.]+ [\d.]+$/.test(viewBox.trim())) throw new Error(`icon ${ref}: has neither a viewBox nor a width and height`);

  const flattened = flattenLuminosityMasks(inner);
  const ids = [...flattened.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
  const classes = new Set([...flattened.matchAll(/\sclass="([^"]+)"/g)].flatMap((m) => m[1]!.split(/\s+/).filter(Boolean)));
  let body = flattened.replace(/<title>[\s\S]*?<\/title>/g, '');
  for (const old of new Set(ids)) {
    const o = escape(old);
    body = body
      .replace(new RegExp(`(\\sid=")${o}"`, 'g'), `$1${id}-${old}"`)
      .replace(new RegExp(`url\\(#${o}\\)`, 'g'), `url(#${id}-${old})`)
      .replace(new RegExp(`((?:xlink:)?href=")#${o}"`, 'g'), `$1#${id}-${old}"`);
  }
  if (classes.size) {
    body = body.replace(/(\sclass=")([^"]+)"/g, (_m, head: string, list: string) => `${head}${list.split(/\s+/).filter(Boolean).map((c) => `${id}-${c}`).join(' ')}"`);
    body = body.replace(/(<style[^>]*>)([\s\S]*?)(<\/style>)/g, (_m, a: string, css: string, b: string) =>
      a + css.replace(/\.(-?[_a-zA-Z][\w-]*)/g, (all, name: string) => (classes.has(name) ? `.${id}-${name}` : all)) + b);
  }
  return { ref, id, viewBox: viewBox.trim(), body: body.trim() };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Illustrator writes a luminosity mask as a shape drawn through a filter that floods the mask
 * region white first (`<feFlood flood-color="#fff"/><feBlend in="SourceGraphic" in2=…/>`).
 * Browsers and resvg apply that filter; PDF writers (svg-to-pdfkit) do not, and the masked
 * part of the icon vanishes. This draws the same mask without the filter: a white rectangle
 * over the mask region, then the shape. Other masks are left as they are.
 */
export function flattenLuminosityMasks(svg: string): string {
  const floods = new Set(
    [...svg.matchAll(/<filter\s[^>]*\bid="([^"]+)"[^>]*>\s*<feFlood\s+flood-color="#fff(?:fff)?"\s+result="([^"]+)"\s*\/>\s*<feBlend\s+in="SourceGraphic"\s+in2="([^"]+)"\s*\/>\s*<\/filter>/g)]
      .filter((m) => m[2] === m[3]).map((m) => m[1]!),
  );
  if (!floods.size) return svg;
  const out = svg.replace(/<mask\b([^>]*)>([\s\S]*?)<\/mask>/g, (all, attrs: string, content: string) => {
    const used = /\sstyle="filter:url\(#([^)]+)\)"/.exec(content);
    const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => new RegExp(`\\s${a}="([^"]*)"`).exec(attrs)?.[1]);
    if (!used || !floods.has(used[1]!) || !w || !h) return all;
    const rect = `<rect x="${x ?? 0}" y="${y ?? 0}" width="${w}" height="${h}" fill="#fff"/>`;
    return `<mask${attrs}>${rect}${content.replace(used[0], '')}</mask>`;
  });
  // Drop the flood filters nothing uses any more.
  return [...floods].reduce((text, id) => (text.includes(`url(#${id})`) ? text : text.replace(new RegExp(`<filter\\s[^>]*\\bid="${escape(id)}"[\\s\\S]*?<\\/filter>`), '')), out);
}

/** The icon as a standalone SVG document (for an <img> in the app or a draw.io image). */
export const officialIconDocument = (icon: OfficialIcon): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${icon.viewBox}">${icon.body}</svg>`;

/** Official icons for the services of `serviceIds` whose file `read` returns; pure over `read`. */
export async function resolveOfficialIcons(serviceIds: Iterable<string>, read: (ref: string) => Promise<string | undefined>): Promise<Map<string, OfficialIcon>> {
  const byRef = new Map<string, Promise<OfficialIcon | undefined>>();
  const out = new Map<string, OfficialIcon>();
  for (const service of new Set(serviceIds)) {
    const ref = officialIconRef(service);
    if (!ref) continue;
    if (!byRef.has(ref)) byRef.set(ref, read(ref).then((raw) => (raw === undefined ? undefined : normaliseIconSvg(ref, raw))));
    const icon = await byRef.get(ref)!;
    if (icon) out.set(service, icon);
  }
  return out;
}

export type IconCoverage = { provider: string; services: number; withIcon: number; withDrawioShape: number };

/** Per provider: how many catalogue services have an official icon and a native draw.io shape. */
export function iconCoverage(services: { id: string; provider: string }[]): IconCoverage[] {
  const rows = new Map<string, IconCoverage>();
  for (const s of services) {
    const row = rows.get(s.provider) ?? { provider: s.provider, services: 0, withIcon: 0, withDrawioShape: 0 };
    row.services++;
    if (officialIconRef(s.id)) row.withIcon++;
    if (drawioShape(s.id)) row.withDrawioShape++;
    rows.set(s.provider, row);
  }
  return [...rows.values()];
}
