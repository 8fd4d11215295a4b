/** The first answer in English. Part of en.ts. */
import { LEI_NAMES_EN } from '../../model/leiNames';
import { aboutEn, type FirstAnswerWords } from './firstAnswerWords';

/** The 类's English name with the printed name after it (a misprint stays visible), or the printed name alone. */
const leiName = (code: string, printed: string) => {
  const en = LEI_NAMES_EN[code];
  return en ? `${en.toLowerCase()} (${printed})` : printed;
};

export const firstAnswerEn: FirstAnswerWords = {
  sentence: (sentence, amount, unit, kindName) => {
    const s = sentence;
    const head = `The ${s.year} ${kindName.toLowerCase()} spends ${amount} ${unit}`;
    const lines = s.lines.map((l) => `${aboutEn(l.per100)} go to ${leiName(l.code, l.name)}`).join(' and ');
    const what = lines ? `. Of every 100 yuan, ${lines}${s.linesSummed ? ' (the units’ figures added up)' : ''}` : '';
    const split = s.basic && s.project ? `; ${aboutEn(s.basic)} are basic spending that keeps the body running, ${aboutEn(s.project)} project spending` : '';
    return `${head}${what}${split}.`;
  },
  basisNote: 'From the printed total and the functional classes (类); shares of every 100 yuan are rounded to whole yuan.',
};
