/**
 * A colour key's square (a legend's, a table column's): SVG with a fill attribute, not a coloured box with a
 * style attribute, which the CSP refuses in markup rendered at build time (and React does not re-apply after
 * hydrating). `outlined`: a hairline border, for fills as pale as the page.
 */
export function Swatch({ fill, className, outlined = false }: { fill: string; className?: string | undefined; outlined?: boolean }) {
  return (
    <svg className={className} viewBox="0 0 12 12" aria-hidden="true">
      {outlined ? <rect x="0.5" y="0.5" width="11" height="11" fill={fill} stroke="rgb(0 0 0 / 0.25)" /> : <rect width="12" height="12" rx="2" fill={fill} />}
    </svg>
  );
}
