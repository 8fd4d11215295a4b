/**
 * A chart's drawings before it has measured its box (the page rendered at build time, and the browser's first
 * render that hydrates it): one drawing at each of the two fixed widths (staticWidths.ts), base.css showing
 * the one that fits. `testId` names the pair (…-premeasure); the live chart's own test ids stay on the live
 * drawing only.
 */
import type { ReactNode } from 'react';
import { STATIC_CHART_WIDTHS, STATIC_DRAWINGS } from './staticWidths';

export function StaticDrawings({ testId, draw }: { testId: string; draw: (width: number) => ReactNode }) {
  return (
    <div className="prerendered-chart" data-testid={testId}>
      {STATIC_DRAWINGS.map((key) => (
        <div key={key} className={`prerendered-${key}`}>
          {draw(STATIC_CHART_WIDTHS[key])}
        </div>
      ))}
    </div>
  );
}
