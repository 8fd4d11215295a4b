/**
 * The one popover of the site: 数字出处 (provenance), 名词解释 (glossary) and the tables' source notes.
 * A non-modal dialog beside the element that opened it, built on @floating-ui/react so that placement,
 * dismissal and focus are done once:
 * - placed below its anchor (above where there is more room), shifted to stay 8 px inside the viewport,
 *   never wider than the viewport less 16 px (a phone is 375 px wide) nor taller than the room on its
 *   side (it scrolls inside instead); it follows the anchor when the page or a table's box scrolls;
 * - Escape or a press outside it (pointerdown, for mouse, pen and touch alike) closes it; a press on its
 *   anchor does not (the anchor toggles it itself);
 * - on opening, focus moves to the popover itself (screen readers read its name, Tab reaches its
 *   links); on closing, focus goes back to the anchor;
 * - rendered in a portal at the end of <body>, so no scroll box or stacking context of the page
 *   clips it; the focus guards keep Tab order as if it followed its anchor.
 * The caller renders it only while open and owns the open state (onClose says how it was closed).
 * Callers import it through ui/Popover.tsx, which loads this module (and @floating-ui/react) on first open.
 */
import {
  autoUpdate,
  flip,
  FloatingFocusManager,
  FloatingPortal,
  offset,
  shift,
  size,
  useDismiss,
  useFloating,
  useInteractions,
  useRole,
  type OpenChangeReason,
  type Placement,
  type ReferenceType,
} from '@floating-ui/react';
import { useLayoutEffect, useRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';

/** Room kept between the popover and the viewport's edges. */
export const VIEWPORT_MARGIN = 8;

export type PopoverCloseReason = 'escape' | 'outside' | 'focus-out';

export interface PopoverProps extends Omit<ComponentPropsWithoutRef<'div'>, 'role' | 'style' | 'children'> {
  /** What opened it: a button, or (where that button is gone) the rectangle it had. */
  anchor: ReferenceType | null;
  onClose(reason: PopoverCloseReason): void;
  /** The widest it may be, in CSS px; on a narrower screen it takes the viewport less 16 px. */
  maxWidth: number;
  placement?: Placement;
  /** Gap between anchor and popover, px. */
  gap?: number;
  children: ReactNode;
}

function reasonOf(r: OpenChangeReason | undefined): PopoverCloseReason {
  if (r === 'escape-key') return 'escape';
  if (r === 'outside-press') return 'outside';
  return 'focus-out';
}

export function FloatingPopover({ anchor, onClose, maxWidth, placement = 'bottom-start', gap = 6, children, ...rest }: PopoverProps) {
  const self = useRef<HTMLDivElement | null>(null);
  const { refs, floatingStyles, context } = useFloating({
    open: true,
    onOpenChange: (open, _event, reason) => {
      if (!open) onClose(reasonOf(reason));
    },
    // An element is the reference proper (focus returns to it, a press on it is not "outside");
    // a bare rectangle only places the popover.
    elements: { reference: anchor instanceof Element ? anchor : null },
    placement,
    whileElementsMounted: autoUpdate,
    middleware: [
      offset(gap),
      flip({ padding: VIEWPORT_MARGIN }),
      shift({ padding: VIEWPORT_MARGIN }),
      // Never wider than the viewport less the margins; never taller than the room on the side it took
      // (a long definition on a phone scrolls inside the popover instead of leaving the screen).
      size({
        padding: VIEWPORT_MARGIN,
        apply({ availableHeight, elements }) {
          const vw = elements.floating.ownerDocument.documentElement.clientWidth;
          Object.assign(elements.floating.style, {
            width: `${Math.max(0, Math.min(maxWidth, vw - 2 * VIEWPORT_MARGIN))}px`,
            maxHeight: `${Math.max(0, availableHeight)}px`,
            overflowY: 'auto',
          });
        },
      }),
    ],
  });
  useLayoutEffect(() => {
    if (anchor && !(anchor instanceof Element)) refs.setPositionReference(anchor);
  }, [anchor, refs]);
  const dismiss = useDismiss(context, { outsidePressEvent: 'pointerdown' });
  const role = useRole(context, { role: 'dialog' });
  const { getFloatingProps } = useInteractions([dismiss, role]);
  return (
    <FloatingPortal>
      <FloatingFocusManager context={context} modal={false} initialFocus={self}>
        <div
          {...getFloatingProps(rest)}
          ref={(el) => {
            self.current = el;
            refs.setFloating(el);
          }}
          tabIndex={-1}
          style={floatingStyles}
        >
          {children}
        </div>
      </FloatingFocusManager>
    </FloatingPortal>
  );
}
