import type { ArchContainer, Architecture } from '../architecture/model';
import type { Aws4Palette, DrawioShape } from './official-icons';

/**
 * draw.io's own shape libraries, so an exported file opens with native, editable shapes:
 * AWS 4 (`mxgraph.aws4.*`), GCP 2 (`mxgraph.gcp2.*`) and Azure 2 (draw.io's bundled
 * `img/lib/azure2/` images). Every style string below is the one draw.io's sidebar inserts,
 * taken from jgraph/drawio src/main/webapp/js/diagramly/sidebar/Sidebar-AWS4.js,
 * Sidebar-GCP2.js and Sidebar-Azure2.js (layout-only keys such as label position left out);
 * the shape names per service are data (decision-trees/catalog/icons/icons.json).
 */

/** Side of the native icon cell inside a service card, in px (the SVG export's icon square). */
export const DRAWIO_ICON_SIZE = 32;

/** The AWS 4 palettes' colours: service icons are a north gradient fill → gradient; resource icons are flat fill. */
const AWS4_PALETTE: Record<Aws4Palette, { fill: string; gradient: string }> = {
  analytics: { fill: '#5A30B5', gradient: '#945DF2' },
  'application-integration': { fill: '#BC1356', gradient: '#F34482' },
  compute: { fill: '#D05C17', gradient: '#F78E04' },
  database: { fill: '#3334B9', gradient: '#4D72F3' },
  management: { fill: '#BC1356', gradient: '#F34482' },
  network: { fill: '#5A30B5', gradient: '#945DF2' },
  security: { fill: '#C7131F', gradient: '#F54749' },
  storage: { fill: '#277116', gradient: '#60A337' },
};

/** The style of the native icon cell for a service's shape. */
export function nativeIconStyle(shape: DrawioShape): string {
  const common = ['sketch=0', 'html=1', 'outlineConnect=0', 'dashed=0', 'aspect=fixed', 'connectable=0'];
  if (shape.library === 'aws4') {
    const { fill, gradient } = AWS4_PALETTE[shape.palette];
    const parts = 'resIcon' in shape
      ? ['shape=mxgraph.aws4.resourceIcon', `resIcon=mxgraph.aws4.${shape.resIcon}`, `fillColor=${fill}`, `gradientColor=${gradient}`, 'gradientDirection=north', 'strokeColor=#ffffff']
      : [`shape=mxgraph.aws4.${shape.shape}`, `fillColor=${fill}`, 'gradientColor=none', 'strokeColor=none', 'pointerEvents=1'];
    return [...parts, ...common].join(';') + ';';
  }
  if (shape.library === 'gcp2') {
    return ['shape=mxgraph.gcp2.hexIcon', `prIcon=${shape.prIcon}`, 'fillColor=#5184F3', 'strokeColor=none', ...common].join(';') + ';';
  }
  return ['image', `image=img/lib/azure2/${shape.image}`, 'points=[]', ...common].join(';') + ';';
}

/** The cloud an architecture is drawn on: the provider most of its services belong to (AWS on a tie or none). */
export function cloudOf(model: Pick<Architecture, 'nodes'>): 'aws' | 'gcp' | 'azure' {
  const count = { aws: 0, gcp: 0, azure: 0 };
  for (const n of model.nodes) if (n.provider === 'aws' || n.provider === 'gcp' || n.provider === 'azure') count[n.provider]++;
  return count.gcp > count.aws && count.gcp >= count.azure ? 'gcp' : count.azure > count.aws && count.azure > count.gcp ? 'azure' : 'aws';
}

/** AWS 4 group shapes (Sidebar-AWS4.js, "AWS / Groups"): grIcon, stroke, fill, font colour, dashed. */
const AWS4_GROUPS: Partial<Record<string, string[]>> = {
  cloud: ['shape=mxgraph.aws4.group', 'grIcon=mxgraph.aws4.group_aws_cloud_alt', 'strokeColor=#232F3E', 'fillColor=none', 'fontColor=#232F3E', 'dashed=0'],
  region: ['shape=mxgraph.aws4.group', 'grIcon=mxgraph.aws4.group_region', 'strokeColor=#147EBA', 'fillColor=none', 'fontColor=#147EBA', 'dashed=1'],
  vpc: ['shape=mxgraph.aws4.group', 'grIcon=mxgraph.aws4.group_vpc', 'strokeColor=#248814', 'fillColor=none', 'fontColor=#AAB7B8', 'dashed=0'],
  az: ['fillColor=none', 'strokeColor=#147EBA', 'dashed=1', 'fontColor=#147EBA'],
  'subnet:public': ['shape=mxgraph.aws4.group', 'grIcon=mxgraph.aws4.group_security_group', 'grStroke=0', 'strokeColor=#248814', 'fillColor=#E9F3E6', 'fontColor=#248814', 'dashed=0'],
  'subnet:private': ['shape=mxgraph.aws4.group', 'grIcon=mxgraph.aws4.group_security_group', 'grStroke=0', 'strokeColor=#147EBA', 'fillColor=#E6F2F8', 'fontColor=#147EBA', 'dashed=0'],
  'on-prem': ['shape=mxgraph.aws4.group', 'grIcon=mxgraph.aws4.group_corporate_data_center', 'strokeColor=#5A6C86', 'fillColor=none', 'fontColor=#5A6C86', 'dashed=0'],
};

/** GCP 2 zones (Sidebar-GCP2.js, "GCP / Zones"): borderless tinted boxes, one tint per kind of zone. */
const GCP2_ZONE_FILL: Partial<Record<string, string>> = {
  cloud: '#F6F6F6', region: '#ECEFF1', vpc: '#E3F2FD', az: '#FFF3E0', subnet: '#EDE7F6', 'on-prem': '#EFEBE9', account: '#E8EAF6', cluster: '#FCE4EC',
};

/**
 * The native group style of a container on `cloud`, or undefined where the library has none
 * (then the export keeps its own box). A data tier is drawn as AWS's private subnet: AWS has
 * only public and private subnet groups. Always a container cell that keeps its children.
 */
export function nativeContainerStyle(c: Pick<ArchContainer, 'kind' | 'tier'>, cloud: 'aws' | 'gcp' | 'azure'): string | undefined {
  const frame = ['container=1', 'collapsible=0', 'recursiveResize=0', 'html=1', 'whiteSpace=wrap', 'verticalAlign=top', 'align=left', 'fontSize=12', 'fontStyle=0'];
  if (cloud === 'aws') {
    const key = c.kind === 'subnet' ? `subnet:${c.tier === 'public' ? 'public' : 'private'}` : c.kind;
    const group = AWS4_GROUPS[key];
    if (!group) return undefined;
    return [...group, 'outlineConnect=0', 'gradientColor=none', ...(group[0]!.startsWith('shape=') ? ['spacingLeft=30'] : ['spacingLeft=10']), ...frame].join(';') + ';';
  }
  if (cloud === 'gcp') {
    const fill = GCP2_ZONE_FILL[c.kind];
    if (!fill) return undefined;
    return ['rounded=1', 'absoluteArcSize=1', 'arcSize=2', 'strokeColor=none', 'gradientColor=none', 'shadow=0', 'dashed=0', `fillColor=${fill}`, 'fontColor=#9E9E9E', 'spacing=10', 'spacingTop=-4', ...frame].join(';') + ';';
  }
  return undefined;
}
