/** The first answer on a budget page (一句话读懂): its words in each language. Part of zh.ts / en.ts. */
import type { HeadlineSentence, Per100 } from '../../model/headlineSentence';

export interface FirstAnswerWords {
  /** The sentence; `amount` is the total formatted, `unit` the unit word after a figure. */
  sentence: (sentence: HeadlineSentence, amount: string, unit: string, kindName: string) => string;
  /** What the shares are computed from (a note under the sentence). */
  basisNote: string;
}

/** "约 91" / "91" — 约 only where rounding changed the figure. */
export const aboutZh = (p: Per100) => `${p.approximate ? '约 ' : ''}${p.yuan}`;
export const aboutEn = (p: Per100) => `${p.approximate ? 'about ' : ''}${p.yuan}`;
