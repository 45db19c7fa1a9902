import { PROVIDER_STYLES, containerKindLabel } from '../architecture/icons';
import type { ArchContainer, ArchEdge } from '../architecture/model';
import type { Provider } from '../catalog/schema';

/** Colours shared by the SVG and draw.io exporters, so every format looks like the same diagram. */

export type ThemeName = 'light' | 'dark' | 'transparent';
export type EdgeStyle = ArchEdge['style'];

export type Palette = {
  /** undefined: no background (transparent) */
  background?: string;
  text: string;
  muted: string;
  nodeFill: string;
  nodeStroke: string;
  /** behind edge labels */
  halo: string;
  edges: Record<EdgeStyle, string>;
  /** hue of each container look, see containerLook() */
  containers: Record<ContainerLook, string>;
};

export const FONT_FAMILY = "Inter, 'Segoe UI', Helvetica, Arial, sans-serif";

/** Provider accents, the same as the React Flow view's (src/core/architecture/icons.ts). */
export const PROVIDER_COLOURS = Object.fromEntries(
  Object.entries(PROVIDER_STYLES).map(([provider, style]) => [provider, style.colour]),
) as Record<Provider, string>;

export type ContainerLook =
  | 'cloud' | 'region' | 'vpc' | 'az' | 'subnet' | 'subnet-public' | 'subnet-private' | 'subnet-data'
  | 'account' | 'on-prem' | 'cluster' | 'group';

/** The look of a container: its kind, and for subnets the tier. */
export function containerLook(c: Pick<ArchContainer, 'kind' | 'tier'>): ContainerLook {
  return c.kind === 'subnet' && c.tier ? `subnet-${c.tier}` : c.kind;
}

/** Border dash of each look; solid when absent. */
export const CONTAINER_DASH: Partial<Record<ContainerLook, string>> = {
  region: '6 4', az: '4 4', 'on-prem': '8 4', group: '2 3', cloud: '10 4',
};

/** Line dash and width of each edge style. */
export const EDGE_STROKE: Record<EdgeStyle, { width: number; dash?: string }> = {
  sync: { width: 1.5 },
  async: { width: 1.5, dash: '6 4' },
  replication: { width: 1.75, dash: '1.5 3.5' },
  network: { width: 3 },
};

const LIGHT: Palette = {
  background: '#FFFFFF',
  text: '#1F2937',
  muted: '#6B7280',
  nodeFill: '#FFFFFF',
  nodeStroke: '#CBD5E1',
  halo: '#FFFFFF',
  edges: { sync: '#334155', async: '#475569', replication: '#7C3AED', network: '#0F766E' },
  containers: {
    cloud: '#64748B', region: '#0284C7', vpc: '#16A34A', az: '#2563EB', subnet: '#64748B',
    'subnet-public': '#059669', 'subnet-private': '#2563EB', 'subnet-data': '#7C3AED',
    account: '#DB2777', 'on-prem': '#78716C', cluster: '#EA580C', group: '#64748B',
  },
};

const DARK: Palette = {
  background: '#0F172A',
  text: '#E5E7EB',
  muted: '#94A3B8',
  nodeFill: '#1E293B',
  nodeStroke: '#475569',
  halo: '#0F172A',
  edges: { sync: '#CBD5E1', async: '#94A3B8', replication: '#C4B5FD', network: '#5EEAD4' },
  containers: {
    cloud: '#94A3B8', region: '#38BDF8', vpc: '#4ADE80', az: '#60A5FA', subnet: '#94A3B8',
    'subnet-public': '#34D399', 'subnet-private': '#60A5FA', 'subnet-data': '#A78BFA',
    account: '#F472B6', 'on-prem': '#A8A29E', cluster: '#FB923C', group: '#94A3B8',
  },
};

export function palette(theme: ThemeName): Palette {
  if (theme === 'dark') return DARK;
  if (theme === 'transparent') return { ...LIGHT, background: undefined };
  return LIGHT;
}

/** Upper-case caption naming a container's kind, e.g. "PUBLIC SUBNET", worded as the app words it. */
export function kindCaption(c: Pick<ArchContainer, 'kind' | 'tier'>): string {
  return containerKindLabel(c.kind, c.tier).toUpperCase();
}
