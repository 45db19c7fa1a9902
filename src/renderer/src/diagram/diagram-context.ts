import { createContext, useContext } from 'react';
import type { Box, Provenance } from '../../../core/architecture/model';

/** What the provenance popover is showing, anchored to a box in flow coordinates. */
export type ActiveItem = {
  kind: 'service' | 'container' | 'edge';
  id: string;
  title: string;
  subtitle?: string;
  provenance: Provenance;
  anchor: Box;
  /** focus keeps the popover until blur; hover until the pointer leaves (with a grace period) */
  via: 'hover' | 'focus';
};

export type DiagramActions = {
  show(item: ActiveItem): void;
  /** hide the popover if it shows `id` */
  hide(id: string, via?: ActiveItem['via']): void;
  /** a focused service asks to be brought into view */
  reveal(box: Box): void;
};

const noop: DiagramActions = { show: () => {}, hide: () => {}, reveal: () => {} };

export const DiagramContext = createContext<DiagramActions>(noop);
export const useDiagramActions = () => useContext(DiagramContext);
