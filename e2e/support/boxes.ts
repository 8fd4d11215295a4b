/** A rectangle measured in the browser (an SVG label, bar or band), named by the test id of what it boxes. */
export interface Box {
  id: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
