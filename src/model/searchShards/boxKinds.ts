import type { SearchKind } from '../searchTypes';

/** What the header search box looks for: lines and projects, not glossary entries (those have their own buttons). */
export const BOX_KINDS: readonly SearchKind[] = ['department', 'functional', 'economic', 'project'];
