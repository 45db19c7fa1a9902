import { PROVIDERS } from '../catalog/schema';
import { ICON_STROKE_WIDTH } from './icons';
import { CAPTION_SIZE } from '../layout/label-sizes';
import { CONTAINER_DASH, EDGE_STROKE, FONT_FAMILY, PROVIDER_COLOURS, type EdgeStyle, type Palette } from './theme';

/** The embedded stylesheet and arrowhead markers of an exported SVG, for one palette. */

const EDGE_STYLES: EdgeStyle[] = ['sync', 'async', 'replication', 'network'];

export function svgStyle(p: Palette): string {
  const rules: string[] = [
    `text{font-family:${FONT_FAMILY};fill:${p.text}}`,
    `.title{font-size:16px;font-weight:700}`,
    `.ct-box{stroke-width:1.25;fill-opacity:0.06}`,
    `.ct-kind{font-size:${CAPTION_SIZE}px;font-weight:700;letter-spacing:0.06em}`,
    `.ct-label{font-size:12px;font-weight:600}`,
    `.node-box{fill:${p.nodeFill};stroke:${p.nodeStroke};stroke-width:1}`,
    `.tile{fill-opacity:0.12}`,
    `.icon{fill:none;stroke-width:${ICON_STROKE_WIDTH};stroke-linecap:round;stroke-linejoin:round}`,
    `.node-label{font-size:12.5px;font-weight:600}`,
    `.node-service{font-size:10.5px;fill:${p.muted}}`,
    `.edge-line{fill:none;stroke-linejoin:round}`,
    `.halo{fill:${p.halo};fill-opacity:0.92}`,
    `.edge-text{font-size:11px;text-anchor:middle}`,
  ];
  for (const [look, hue] of Object.entries(p.containers)) {
    const dash = CONTAINER_DASH[look as keyof typeof CONTAINER_DASH];
    rules.push(`.ct-${look}{stroke:${hue};fill:${hue}${dash ? `;stroke-dasharray:${dash}` : ''}}`, `.ck-${look}{fill:${hue}}`);
  }
  for (const provider of PROVIDERS) {
    const c = PROVIDER_COLOURS[provider];
    rules.push(`.pv-${provider}{fill:${c}}`, `.tile-${provider}{fill:${c}}`, `.ic-${provider}{stroke:${c}}`);
  }
  for (const style of EDGE_STYLES) {
    const { width, dash } = EDGE_STROKE[style];
    const colour = p.edges[style];
    rules.push(
      `.es-${style}{stroke:${colour};stroke-width:${width}${dash ? `;stroke-dasharray:${dash}` : ''}}`,
      `.ah-${style}{fill:${colour}}`,
      `.el-${style}{fill:${style === 'sync' || style === 'async' ? p.text : colour}}`,
    );
  }
  if (p.background) rules.push(`.bg{fill:${p.background}}`);
  return `<style>${rules.join('')}</style>`;
}

/** One arrowhead per edge style, sized in user units so thick edges keep a sensible head. */
export function svgMarkers(): string {
  return EDGE_STYLES.map((style) => {
    const size = style === 'network' ? 12 : 9;
    return (
      `<marker id="arrow-${style}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="${size}" markerHeight="${size}" markerUnits="userSpaceOnUse" orient="auto">` +
      `<path class="ah-${style}" d="M0 1L10 5L0 9z"/></marker>`
    );
  }).join('');
}
