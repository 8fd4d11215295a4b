/** The SVG namespace, on its own: the static drawings need it in the page's first download, the export code (svgExport.ts) not. */
export const SVG_NS = 'http://www.w3.org/2000/svg';
