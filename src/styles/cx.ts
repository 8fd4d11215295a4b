/**
 * Joins CSS Module class names, leaving out the ones switched off:
 * `cx(styles.cell, drillable && styles.drillable)`.
 */
export function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}
