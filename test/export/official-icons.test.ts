import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/core/catalog/load';
import {
  iconCoverage, iconFileName, iconMapping, iconMappingSchema, normaliseIconSvg, officialIconDocument, resolveOfficialIcons,
} from '../../src/core/export/official-icons';
import { readIconFromPackage } from '../../src/node/official-icon-sources';
import { ICONS_DIR, readVendoredIcon } from '../../src/node/official-icons';
import { readTrees } from '../../src/node/read-trees';
import { parseXml } from './xml-tree';

/**
 * The lint of decision-trees/catalog/icons/icons.json: every entry names a real catalogue
 * service, every icon exists in its npm package and the vendored copy is byte-identical,
 * nothing unmapped lies in the folder, every draw.io shape is one draw.io's own libraries
 * define (test/fixtures/icons/drawio-shapes.txt, taken from jgraph/drawio), and every icon
 * survives the normalisation the exporters embed it with.
 */

const catalog = loadCatalog(readTrees().catalog).catalog;
const mapping = iconMapping();
const refs = [...new Set(Object.values(mapping.services).flatMap((e) => (e.icon ? [e.icon] : [])))].sort();
const DRAWIO_SHAPES = new Set(
  readFileSync(new URL('../fixtures/icons/drawio-shapes.txt', import.meta.url), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')),
);

describe('official icon mapping', () => {
  it('maps only catalogue services, and each to a service of the same provider', () => {
    for (const id of Object.keys(mapping.services)) {
      const service = catalog.byId.get(id);
      expect(service, `${id} is not in the catalogue`).toBeDefined();
      const ref = mapping.services[id]!.icon;
      if (ref?.startsWith('aws-icons:')) expect(service!.provider, id).toBe('aws');
      if (ref?.startsWith('thesvg:gcp-')) expect(service!.provider, id).toBe('gcp');
      if (ref?.startsWith('thesvg:azure-')) expect(service!.provider, id).toBe('azure');
    }
  });

  it('names an icon that exists in its package, vendored byte for byte', async () => {
    for (const ref of refs) {
      const fromPackage = await readIconFromPackage(ref);
      expect(await readVendoredIcon(ref), `${ref}: run npm run icons`).toBe(fromPackage);
    }
  });

  it('keeps no vendored icon that nothing maps', () => {
    const wanted = new Set(refs.map(iconFileName));
    expect(readdirSync(ICONS_DIR).filter((f) => f.endsWith('.svg') && !wanted.has(f))).toEqual([]);
  });

  it('uses only shapes that draw.io defines', () => {
    for (const [id, entry] of Object.entries(mapping.services)) {
      const d = entry.drawio;
      if (!d) continue;
      const name = d.library === 'aws4' ? ('resIcon' in d ? `aws4 resIcon ${d.resIcon}` : `aws4 shape ${d.shape}`)
        : d.library === 'gcp2' ? `gcp2 prIcon ${d.prIcon}` : `azure2 image ${d.image}`;
      expect(DRAWIO_SHAPES.has(name), `${id}: ${name} is not in draw.io's libraries`).toBe(true);
    }
  });

  it('rejects a malformed entry with a message naming it', () => {
    const bad = iconMappingSchema.safeParse({ sources: {}, services: { 'aws.sqs': { icon: 'aws-icons:../../etc/passwd' } } });
    expect(bad.success).toBe(false);
    expect(JSON.stringify(bad.error?.issues)).toContain('aws-icons:<folder>/<Name>');
  });
});

describe('normaliseIconSvg', () => {
  it('turns every mapped icon into a well-formed SVG with ids and classes of its own', async () => {
    for (const ref of refs) {
      const icon = normaliseIconSvg(ref, (await readVendoredIcon(ref))!);
      const doc = parseXml(officialIconDocument(icon));
      expect(doc.tag).toBe('svg');
      expect(icon.body).not.toContain('<title>');
      for (const m of icon.body.matchAll(/\sid="([^"]+)"/g)) expect(m[1]!.startsWith(`${icon.id}-`), `${ref}: id ${m[1]}`).toBe(true);
      for (const m of icon.body.matchAll(/url\(#([^)]+)\)/g)) expect(m[1]!.startsWith(`${icon.id}-`), `${ref}: reference ${m[1]}`).toBe(true);
    }
  });

  it('prefixes classes in both the style sheet and the elements', () => {
    const icon = normaliseIconSvg('thesvg:gcp-x', '<svg width="24" height="24"><defs><style>.cls-2{fill:#669df6}</style></defs><circle class="cls-2" r="1.5"/></svg>');
    expect(icon.viewBox).toBe('0 0 24 24');
    expect(icon.body).toContain('.oi-gcp-x-cls-2{fill:#669df6}');
    expect(icon.body).toContain('class="oi-gcp-x-cls-2"');
  });

  it('refuses scripts, outside references and non-SVG text, naming the icon', () => {
    expect(() => normaliseIconSvg('thesvg:gcp-a', '<svg viewBox="0 0 1 1"><script>alert(1)</script></svg>')).toThrow(/gcp-a.*scripts/);
    expect(() => normaliseIconSvg('thesvg:gcp-b', '<svg viewBox="0 0 1 1"><image href="https://example.com/x.png"/></svg>')).toThrow(/gcp-b.*outside/);
    expect(() => normaliseIconSvg('thesvg:gcp-c', 'not an svg')).toThrow(/gcp-c.*not an SVG/);
    expect(() => normaliseIconSvg('thesvg:gcp-d', '<svg><path d="M0 0"/></svg>')).toThrow(/gcp-d.*viewBox/);
  });

  it('draws Illustrator luminosity masks without the filter, so PDF writers show the masked part', async () => {
    const raw = (await readVendoredIcon('thesvg:gcp-pubsub'))!;
    expect(raw).toContain('<feFlood');
    const icon = normaliseIconSvg('thesvg:gcp-pubsub', raw);
    expect(icon.body).not.toContain('<filter');
    expect(icon.body).not.toContain('filter:url(');
    expect(icon.body).toMatch(/<mask [^>]*><rect x="4\.64" y="4\.19" width="14\.73" height="12\.76" fill="#fff"\/><circle /);
  });

  it('loads each icon once for services sharing it, and skips services without one', async () => {
    const asked: string[] = [];
    const icons = await resolveOfficialIcons(['aws.sqs', 'aws.sqs-fifo', 'aws.karpenter', 'generic.users'], async (ref) => {
      asked.push(ref);
      return readVendoredIcon(ref);
    });
    expect([...icons.keys()]).toEqual(['aws.sqs', 'aws.sqs-fifo']);
    expect(asked).toEqual(['aws-icons:architecture-service/AmazonSimpleQueueService']);
  });
});

describe('icon coverage', () => {
  it('covers most of each cloud provider\'s catalogue services', () => {
    const rows = iconCoverage(catalog.services);
    const share = (p: string) => {
      const r = rows.find((x) => x.provider === p)!;
      return r.withIcon / r.services;
    };
    // A floor with some slack, so a catalogue growing without icons is noticed before most of it
    // is drawn with glyphs; the exact figures are printed by `npm run icons:coverage`.
    expect(share('aws')).toBeGreaterThan(0.85);
    expect(share('azure')).toBeGreaterThan(0.8);
    expect(share('gcp')).toBeGreaterThan(0.7);
  });
});

