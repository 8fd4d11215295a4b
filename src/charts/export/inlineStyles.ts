/**
 * A copy of a chart's <svg> that looks the same outside the page: the styles that the site's CSS gives
 * its elements (colours, strokes, fonts) are written onto the copy as SVG presentation attributes, and
 * what only matters on screen (classes, focus order, ARIA roles, test ids) is left out. Browser only.
 */

const PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linejoin',
  'stroke-linecap',
  'paint-order',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant-numeric',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

const DROP = /^(class|style|tabindex|role|aria-.*|data-.*)$/;

export function cloneWithStyles(svg: SVGSVGElement): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll('*')];
  const to = [clone, ...clone.querySelectorAll('*')];
  from.forEach((el, i) => {
    const copy = to[i];
    if (!copy) return;
    const cs = getComputedStyle(el);
    for (const a of [...copy.attributes]) if (DROP.test(a.name)) copy.removeAttribute(a.name);
    if (cs.display === 'none') {
      copy.setAttribute('display', 'none');
      return;
    }
    for (const p of PROPS) {
      const v = cs.getPropertyValue(p);
      if (v !== '') copy.setAttribute(p, v);
    }
  });
  return clone;
}
