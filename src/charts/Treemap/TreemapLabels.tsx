import type { CellLabel } from './labelFit';

/** The text inside one cell: name lines, then amount and share. Decorative: the cell has an aria-label. */
export function TreemapLabels({ label, colour }: { label: CellLabel; colour: string }) {
  const x = 4;
  let y = 4 + label.fontSize;
  return (
    // The cell (a focusable button) carries the name and figure in its aria-label: the drawn text is not read twice.
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: <text> is not focusable; its focusable parent is labelled
    <text aria-hidden="true" fontSize={label.fontSize} fill={colour} pointerEvents="none">
      {label.nameLines.map((line, i) => {
        const el = (
          // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one wrapped label are identified by their position
          <tspan key={`n${i}`} x={x} y={y} fontWeight={600}>
            {line}
          </tspan>
        );
        y += label.lineHeight;
        return el;
      })}
      {label.figureLines.map((line, i) => {
        const el = (
          // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one wrapped label are identified by their position
          <tspan key={`f${i}`} x={x} y={y}>
            {line}
          </tspan>
        );
        y += label.lineHeight;
        return el;
      })}
    </text>
  );
}
