import { printScale } from '../export/paper';
import { svgFrame } from '../export/svg';
import { nodeSize } from '../layout/label-sizes';
import { layoutShapeKey } from '../layout/shape-key';
import { PRINT_MIN_PT, SMALLEST_TEXT_PX, legiblePageArea } from '../layout/page-fit';
import type { ArchContainer, ArchEdge, ArchNode, Architecture, Layout } from './model';
import { OFF_SHEET_PREFIX, OFF_SHEET_SERVICE } from './off-sheet';
import { namespace } from './views';

export { OFF_SHEET_PREFIX } from './off-sheet';

/**
 * Print sheets: a view too big to read on one page (its smallest text under 7 pt once it
 * fits) cut into parts that each do, the way a drawing set or a C4 deployment diagram per
 * deployment node is printed. The cuts follow the model, never the paper: a sheet holds whole
 * deployment nodes (a Region, a VPC, an on-premises site) or, where there are none, one
 * guide's connected services; a part still too big is opened and its contents placed
 * instead, inside the boxes that hold it (the Region stays drawn round a VPC's sheet). A flow
 * to something on another sheet ends at an off-sheet connector naming it and the sheet that
 * draws it ("See sheet 3"). Adding a guide adds nothing here: only containers, provenance
 * and edges are read.
 *
 * A sheet fits when its smallest text (10.5 px) prints at 7 pt or more as the PDF draws it
 * (../export/paper.ts: 15 mm margins and a caption band), on A4 and on Letter alike: the
 * test the layout aims for too (../layout/page-fit.ts), so a sheet that misses it at first
 * is laid out densely.
 */

export type LayoutFn = (model: Architecture) => Promise<Layout>;

export type PrintSheet = {
  /** what the sheet holds, e.g. "Primary region (e.g. us-east-1) › VPC 10.0.0.0/16" */
  caption: string;
  model: Architecture;
  layout: Layout;
  /** the sheet's smallest text as the PDF prints it, on the smaller of A4 and Letter, pt */
  printedPt: number;
};

/** A part of the model that goes onto a sheet whole: element ids (nodes and containers), and the container that can be opened when it is too big. */
type Unit = { path: string[]; ids: string[]; open?: string; order: number };

/** "vpc-connectivity" → "VPC connectivity": a guide's id read as words, its acronyms in capitals. */
const guideWords = (id: string) =>
  id.split('-').map((w, i) => (/^(?:vpc|dns|s3|slo|iam|dr|cdn|waf|iac)$/.test(w) ? w.toUpperCase() : i === 0 ? `${w.charAt(0).toUpperCase()}${w.slice(1)}` : w)).join(' ');

/**
 * Loose services as a part: "Work queue and 4 more" under the boxes that hold them; outside
 * every box in a composed architecture, under the guide that drew them ("Messaging › Work
 * queue and 4 more"), since nothing else says where they belong.
 */
function looseUnit(members: ArchNode[], path: string[], order: number): Unit {
  const guide = namespace(members[0]!.id).replace(/-\d+$/, '');
  const name = members.length > 1 ? `${members[0]!.label} and ${members.length - 1} more` : members[0]!.label;
  const from = path.length === 0 && guide && !guide.startsWith('@') ? [guideWords(guide)] : path;
  return { path: [...from, name], ids: members.map((n) => n.id), order };
}

/**
 * The smallest text of a sheet's drawing (its SVG frame, no title) as the PDF prints it: fitted
 * to the page less margins and caption band, portrait or landscape, on the smaller result of
 * A4 and Letter (../export/paper.ts printScale), pt.
 */
export function sheetPrintedPt(model: Architecture, layout: Layout): number {
  const { width, height } = svgFrame(model, layout);
  return SMALLEST_TEXT_PX * printScale(width, height);
}

/** Layouts tried at most while planning (each is an ELK run): a huge model stops being cut further, its last sheets tiled by the PDF. */
const MAX_TRIES = 80;
const PLACEHOLDER = 'See sheets 00, 00';
/** A box of at most this many services (and no boxes) goes onto one sheet whole. */
const KEEP_WHOLE = 4;

/**
 * What a sheet holds, in words: "Primary region › VPC › Data subnet ×2" for one part; for
 * several, the boxes they share once, then the parts: "Primary region: AWS Backup vault;
 * Transit Gateway and 1 more"; parts that share nothing are only listed ("Route 53; Clients").
 */
function caption(units: Unit[]): string {
  if (units.length === 1) return units[0]!.path.join(' › ');
  let shared = 0;
  while (units.every((u) => shared < u.path.length - 1 && u.path[shared] === units[0]!.path[shared])) shared++;
  const parts = units.map((u) => u.path.slice(shared).join(' › ')).join('; ');
  return shared > 0 ? `${units[0]!.path.slice(0, shared).join(' › ')}: ${parts}` : parts;
}


/**
 * The sheets `model` prints on when it does not fit one page: two or more, in reading order.
 * Empty when it fits, or when it cannot be cut (one service group bigger than a page: the
 * PDF then tiles it). `layout` lays out each candidate sheet (ELK in Node or in the app's worker).
 */
export async function printSheets(model: Architecture, layoutFn: LayoutFn): Promise<PrintSheet[]> {
  // A sheet's final drawing mostly has the shape a candidate had while planning ("See sheet 3"
  // is no wider than the placeholder): laid out once, by shape (../layout/shape-key.ts).
  const laidOut = new Map<string, Promise<Layout>>();
  const layout = (m: Architecture): Promise<Layout> => {
    const key = layoutShapeKey(m);
    if (!laidOut.has(key)) laidOut.set(key, layoutFn(m));
    return laidOut.get(key)!;
  };
  const parents = new Map<string, string | undefined>([...model.containers, ...model.nodes].map((e) => [e.id, e.parent]));
  const byContainer = new Map(model.containers.map((c) => [c.id, c]));
  const nodeOrder = new Map(model.nodes.map((n, i) => [n.id, i]));
  const chainOf = (id: string) => {
    const chain: string[] = [];
    for (let p = parents.get(id); p && !chain.includes(p); p = parents.get(p)) chain.push(p);
    return chain;
  };
  const within = (id: string, container: string) => id === container || chainOf(id).includes(container);
  const elements = [...model.containers.map((c) => c.id), ...model.nodes.map((n) => n.id)];
  const pathOf = (id: string) => chainOf(id).reverse().map((c) => byContainer.get(c)!.label);

  /** The parts directly inside `scope` (undefined: the whole drawing), in the model's order. */
  function unitsIn(scope: string | undefined): Unit[] {
    const units: Unit[] = [];
    for (const c of model.containers.filter((x) => x.parent === scope)) {
      const ids = elements.filter((id) => within(id, c.id));
      const order = Math.min(...ids.map((id) => nodeOrder.get(id) ?? Infinity));
      units.push({ path: [...pathOf(c.id), c.label], ids, open: c.id, order });
    }
    // Loose services: by guide, then by what connects them.
    const loose = model.nodes.filter((n) => n.parent === scope);
    const group = new Map(loose.map((n) => [n.id, n.id]));
    const root = (id: string): string => (group.get(id) === id ? id : root(group.get(id)!));
    for (const e of model.edges) {
      if (group.has(e.from) && group.has(e.to) && namespace(e.from) === namespace(e.to)) group.set(root(e.from), root(e.to));
    }
    const components = new Map<string, ArchNode[]>();
    for (const n of loose) components.set(root(n.id), [...(components.get(root(n.id)) ?? []), n]);
    for (const members of components.values()) units.push(looseUnit(members, pathOf(members[0]!.id), nodeOrder.get(members[0]!.id)!));
    return units.sort((a, b) => a.order - b.order);
  }

  /** The model of one sheet: its units, the boxes round them, and a connector for each flow leaving it. */
  function sheetModel(units: Unit[], seeSheets: (ends: string[]) => string): Architecture {
    const inside = new Set(units.flatMap((u) => u.ids));
    const context = new Set([...inside].flatMap(chainOf).filter((id) => !inside.has(id)));
    const drawn = (id: string) => inside.has(id) || context.has(id);
    // The far end's outermost box or service not drawn here: what the connector names.
    const anchorOf = (far: string) => [far, ...chainOf(far)].filter((id) => !drawn(id)).at(-1)!;
    const stubs = new Map<string, ArchNode>();
    // Connectors stand outside every box, at the sheet's edge as a drawing set's off-page
    // references do: inside the boxes they made the five-guide data subnet's sheet too big
    // for 7 pt (6.5 pt; outside, 9 sheets instead of 10, all at 7 pt or more).
    // Drawn as a reference, not a service: no provider colour or official icon, the category's
    // glyph only, dashed (../export/svg-parts.ts). It names the sheets its flows' far ends are on.
    const farEnds = new Map<string, string[]>();
    const stub = (far: string): string => {
      const anchor = anchorOf(far);
      const id = `${OFF_SHEET_PREFIX}${anchor}`;
      farEnds.set(id, [...(farEnds.get(id) ?? []), far]);
      if (stubs.has(id)) return id;
      const node = model.nodes.find((n) => n.id === anchor);
      const box = byContainer.get(anchor);
      const category = node?.category ?? (box!.kind === 'on-prem' ? ('on-prem' as const) : ('networking' as const));
      stubs.set(id, { id, service: OFF_SHEET_SERVICE, provider: 'generic', category, label: node?.label ?? box!.label, serviceName: '', provenance: (node ?? box)!.provenance });
      return id;
    };
    const seen = new Set<string>();
    const edges: ArchEdge[] = [];
    for (const e of model.edges) {
      // A flow belongs to the sheets holding one of its ends; boxes drawn only as a frame carry none of theirs.
      if (!inside.has(e.from) && !inside.has(e.to)) continue;
      const from = drawn(e.from) ? e.from : stub(e.from);
      const to = drawn(e.to) ? e.to : stub(e.to);
      if (from === to) continue;
      const key = `${from}\u0000${to}`;
      if (seen.has(key)) continue;
      seen.add(key);
      edges.push(from === e.from && to === e.to ? e : { ...e, id: `${e.id}~sheet`, from, to });
    }
    for (const [id, n] of stubs) {
      const see = seeSheets(farEnds.get(id)!);
      stubs.set(id, { ...n, serviceName: see, provenance: { ...n.provenance, reason: `${n.label} is drawn on another sheet. ${see}.` } });
    }
    const containers: ArchContainer[] = model.containers.filter((c) => drawn(c.id));
    return { ...model, containers, nodes: [...model.nodes.filter((n) => inside.has(n.id)), ...stubs.values()], edges };
  }

  let tries = 0;
  const fits = async (units: Unit[]): Promise<boolean> => {
    if (tries >= MAX_TRIES) return false;
    const m = sheetModel(units, () => PLACEHOLDER);
    // No layout needed when the boxes alone, 16 px apart, take over 40 % of a page: laid out, the
    // five-guide sheets took 2.9–8.7 times their boxes' area (measured while building this).
    const area = m.nodes.reduce((sum, n) => {
      const { width, height } = nodeSize(n);
      return sum + (width + 16) * (height + 16);
    }, 0);
    if (area > 0.4 * legiblePageArea()) return false;
    tries++;
    return sheetPrintedPt(m, await layout(m)) >= PRINT_MIN_PT;
  };

  /**
   * Whether a part too big for a sheet may be opened: a box holding boxes, or more than
   * KEEP_WHOLE services. A subnet of a writer and its reader stays whole, printed a little
   * smaller if it must (the PDF then adds detail tiles): parted, each sheet lost the other.
   */
  const opens = (unit: Unit) =>
    unit.open !== undefined && (model.containers.some((c) => c.parent === unit.open) || model.nodes.filter((n) => n.parent === unit.open).length > KEEP_WHOLE);

  /**
   * The parts a part too big for a sheet opens into: a box's contents (./unitsIn), or loose
   * services cut in two in the order the guides list them (roughly the order a request takes
   * them), the cut flows drawn to connectors. None for a part that stays whole.
   */
  function openUp(unit: Unit): Unit[] {
    if (unit.open !== undefined) {
      if (!opens(unit)) return [];
      let inner = unitsIn(unit.open);
      // A box holding just one box (a VPC round its AZs): open that one too.
      while (inner.length === 1 && inner[0]!.open) inner = unitsIn(inner[0]!.open);
      return inner;
    }
    const members = model.nodes.filter((n) => unit.ids.includes(n.id));
    if (members.length < 2) return [];
    const half = Math.ceil(members.length / 2);
    const path = unit.path.slice(0, -1);
    return [looseUnit(members.slice(0, half), path, unit.order), looseUnit(members.slice(half), path, unit.order + 0.5)];
  }

  /**
   * Units onto sheets in order, each sheet as full as still fits. A unit too big for a sheet
   * of its own is opened where it stands: its parts join the queue, so they may still share
   * the sheet being filled.
   */
  async function plan(queue: Unit[]): Promise<Unit[][]> {
    const sheets: Unit[][] = [];
    let current: Unit[] = [];
    while (queue.length > 0) {
      const unit = queue.shift()!;
      if (current.length > 0 && (await fits([...current, unit]))) {
        current.push(unit);
        continue;
      }
      const parts = tries < MAX_TRIES ? openUp(unit) : [];
      const inner = parts.length > 1 && !(await fits([unit])) ? parts : [];
      if (inner.length > 1) {
        queue.unshift(...inner);
        continue;
      }
      if (current.length > 0) sheets.push(current);
      current = [unit];
    }
    if (current.length > 0) sheets.push(current);
    return sheets;
  }

  const plans = await plan(unitsIn(undefined));
  if (plans.length < 2) return [];
  const sheetOf = new Map<string, number>();
  plans.forEach((units, i) => units.forEach((u) => u.ids.forEach((id) => sheetOf.set(id, i + 1))));
  // The sheets holding the flows' far ends (a box's: its contents'), not every sheet of the box the connector names.
  const seeSheets = (ends: string[]) => {
    const numbers = [...new Set(elements.filter((id) => ends.some((end) => within(id, end))).map((id) => sheetOf.get(id)).filter((n): n is number => n !== undefined))].sort((a, b) => a - b);
    return numbers.length === 1 ? `See sheet ${numbers[0]}` : `See sheets ${numbers.join(', ')}`;
  };
  const sheets: PrintSheet[] = [];
  for (const units of plans) {
    const m = sheetModel(units, seeSheets);
    const l = await layout(m);
    sheets.push({ caption: caption(units), model: m, layout: l, printedPt: sheetPrintedPt(m, l) });
  }
  return sheets;
}
