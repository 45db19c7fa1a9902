/** svg-to-pdfkit ships no types: the call this project makes (source.js, SVGtoPDF(doc, svg, x, y, options)). */
declare module 'svg-to-pdfkit' {
  type Options = {
    width?: number;
    height?: number;
    preserveAspectRatio?: string;
    /** 1 user unit = 1 pt instead of 0.75 */
    assumePt?: boolean;
    fontCallback?: (family: string, bold: boolean, italic: boolean, options: { fauxBold: boolean; fauxItalic: boolean }) => string;
    warningCallback?: (message: string) => void;
  };
  export default function SVGtoPDF(doc: unknown, svg: string, x: number, y: number, options?: Options): void;
}
