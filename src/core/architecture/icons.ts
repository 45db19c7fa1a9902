import type { Category, Provider } from '../catalog/schema';
import type { ContainerKind } from '../guide/schema';

/**
 * Pictograms and colours shared by the React Flow view and the SVG exporter. Icons are
 * outline paths on a 24×24 grid, meant to be stroked (fill none, round caps and joins,
 * stroke width about 1.75) in the current text colour.
 */

export const ICON_VIEWBOX = '0 0 24 24';
export const ICON_STROKE_WIDTH = 1.75;

export type Icon = {
  /** SVG path data on the 24×24 grid, stroked, not filled */
  path: string;
  /** a one- or two-character stand-in where a path cannot be drawn (plain-text exports) */
  glyph: string;
  /** the category in words, for tooltips and legends */
  label: string;
};

/** A circle as path data, so every icon is a single <path>. */
const circle = (cx: number, cy: number, r: number) =>
  `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;

export const CATEGORY_ICONS: Record<Category, Icon> = {
  compute: {
    label: 'Compute', glyph: 'VM',
    path: 'M7 7h10v10H7z M10 10h4v4h-4z M10 3v4 M14 3v4 M10 17v4 M14 17v4 M3 10h4 M3 14h4 M17 10h4 M17 14h4',
  },
  containers: {
    label: 'Containers', glyph: 'CT',
    path: 'M12 3l8 4.5v9L12 21l-8-4.5v-9z M4 7.5l8 4.5 8-4.5 M12 12v9',
  },
  serverless: { label: 'Serverless', glyph: 'λ', path: 'M6 4h3l9 16 M11.5 9.5L6 20' },
  database: {
    label: 'Database', glyph: 'DB',
    path: 'M5 6c0-1.66 3.13-3 7-3s7 1.34 7 3-3.13 3-7 3-7-1.34-7-3z M5 6v12c0 1.66 3.13 3 7 3s7-1.34 7-3V6 M5 12c0 1.66 3.13 3 7 3s7-1.34 7-3',
  },
  cache: {
    label: 'Cache', glyph: 'C$',
    path: 'M3 8h18v8H3z M7 8v8 M11 8v8 M15 8v8 M6 16v3 M18 16v3 M13 3l-2 3h3l-2 2',
  },
  storage: {
    label: 'Storage', glyph: 'S3',
    path: 'M4 6c0-1.1 3.58-2 8-2s8 .9 8 2-3.58 2-8 2-8-.9-8-2z M4 6l2 13c.2 1.1 2.9 2 6 2s5.8-.9 6-2l2-13',
  },
  analytics: { label: 'Analytics', glyph: 'AN', path: 'M4 20h16 M7 17v-6 M12 17V5 M17 17V9' },
  messaging: {
    label: 'Messaging', glyph: 'MQ',
    path: 'M3 7h4v10H3z M10 7h4v10h-4z M17 7h4v10h-4z',
  },
  streaming: {
    label: 'Streaming', glyph: '≈',
    path: 'M3 7c3-2.5 6 2.5 9 0s6-2.5 9 0 M3 12c3-2.5 6 2.5 9 0s6-2.5 9 0 M3 17c3-2.5 6 2.5 9 0s6-2.5 9 0',
  },
  integration: { label: 'Integration', glyph: '⇄', path: 'M4 8h14 M15 5l3 3-3 3 M20 16H6 M9 13l-3 3 3 3' },
  networking: {
    label: 'Networking', glyph: 'NW',
    path: `${circle(12, 5, 2)} ${circle(5, 19, 2)} ${circle(19, 19, 2)} M12 7v5 M12 12l-5.6 5.6 M12 12l5.6 5.6`,
  },
  edge: {
    label: 'Edge', glyph: 'CDN',
    path: `${circle(12, 12, 9)} M3 12h18 M12 3c2.5 2.5 3.7 5.5 3.7 9s-1.2 6.5-3.7 9c-2.5-2.5-3.7-5.5-3.7-9S9.5 5.5 12 3z`,
  },
  security: { label: 'Security', glyph: 'SEC', path: 'M12 3l7 3v5c0 4.5-3 8.5-7 10-4-1.5-7-5.5-7-10V6z M9 12l2 2 4-4' },
  identity: { label: 'Identity', glyph: 'ID', path: `${circle(12, 8, 3.5)} M5 20c0-3.9 3.13-6 7-6s7 2.1 7 6` },
  observability: { label: 'Observability', glyph: 'OBS', path: 'M3 12h4l2.5-6 5 12 2.5-6h4' },
  management: {
    label: 'Management', glyph: 'MG',
    path: `M4 7h9 M17 7h3 M4 17h3 M11 17h9 ${circle(15, 7, 2)} ${circle(9, 17, 2)}`,
  },
  client: { label: 'Client', glyph: 'UI', path: 'M4 5h16v11H4z M2 19h20 M9 16l-.5 3 M15 16l.5 3' },
  'on-prem': {
    label: 'On-premises', glyph: 'DC',
    path: 'M5 3h14v6H5z M5 9h14v6H5z M5 15h14v6H5z M8 6h.01 M8 12h.01 M8 18h.01 M12 6h4 M12 12h4 M12 18h4',
  },
};

export const categoryIcon = (category: Category): Icon => CATEGORY_ICONS[category] ?? CATEGORY_ICONS.compute;

export type ProviderStyle = { name: string; colour: string };

/** Brand-like accents, readable on light and dark backgrounds alike. */
export const PROVIDER_STYLES: Record<Provider, ProviderStyle> = {
  aws: { name: 'AWS', colour: '#FF9900' },
  gcp: { name: 'Google Cloud', colour: '#4285F4' },
  azure: { name: 'Azure', colour: '#0AA2E6' },
  generic: { name: 'Generic', colour: '#8A94A6' },
  other: { name: 'Other', colour: '#9B87C9' },
};

export const providerColour = (provider: Provider): string => (PROVIDER_STYLES[provider] ?? PROVIDER_STYLES.generic).colour;

/** How containers are named on their header, e.g. "VPC" or "Public subnet". */
export function containerKindLabel(kind: ContainerKind, tier?: 'public' | 'private' | 'data'): string {
  if (kind === 'subnet' && tier) return `${tier[0]!.toUpperCase()}${tier.slice(1)} subnet`;
  const names: Record<ContainerKind, string> = {
    cloud: 'Cloud', region: 'Region', vpc: 'VPC', az: 'Availability zone', subnet: 'Subnet',
    account: 'Account', 'on-prem': 'On-premises', cluster: 'Cluster', group: 'Group',
  };
  return names[kind] ?? kind;
}
