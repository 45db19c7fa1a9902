/**
 * Props that make a React Flow canvas a viewer: pan and zoom, but nothing can be dragged,
 * connected, selected or deleted. Shared by the architecture diagram and the decision path.
 */
export const READ_ONLY_FLOW = {
  nodesDraggable: false,
  nodesConnectable: false,
  nodesFocusable: false,
  edgesFocusable: false,
  elementsSelectable: false,
  zoomOnDoubleClick: false,
  deleteKeyCode: null,
  selectionKeyCode: null,
  multiSelectionKeyCode: null,
} as const;
