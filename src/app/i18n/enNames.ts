/** English names beside the printed Chinese. Part of en.ts. */
import type { NamesWords } from './namesWords';

export const namesEn: NamesWords = {
  englishNames: true,
  printedAs: (printed) => `As printed: ${printed}`,
  searchNoHitsHint: 'Try part of an English or Chinese name (salary, 工资), a district (Haizhu) or a classification code (30101).',
};
