/** Sizes shared by the layout, the React Flow nodes and the SVG exporter, so all three agree. */
export const NODE_WIDTH = 176;
export const NODE_HEIGHT = 60;
export const CONTAINER_PADDING = { top: 40, left: 20, bottom: 20, right: 20 };
export const LABEL_CHAR_WIDTH = 6.4;
export const EDGE_LABEL_HEIGHT = 16;

export const edgeLabelWidth = (text: string) => Math.ceil(text.length * LABEL_CHAR_WIDTH) + 10;
