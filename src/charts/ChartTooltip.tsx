import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { placeTooltip, type TooltipPlacementInput } from './tooltipPlacement';

interface Props extends TooltipPlacementInput, Omit<ComponentPropsWithoutRef<'div'>, 'style' | 'children'> {
  children: ReactNode;
}

/**
 * The one tooltip of the charts (treemap cell, Sankey node or link): a box placed by placeTooltip inside
 * the chart; what it says is the chart's own (its children), and so are its role and pinning.
 */
export function ChartTooltip({ x, y, boxWidth, boxHeight, maxWidth, align, children, ...rest }: Props) {
  return (
    <div {...rest} style={placeTooltip({ x, y, boxWidth, boxHeight, maxWidth, align })}>
      {children}
    </div>
  );
}
