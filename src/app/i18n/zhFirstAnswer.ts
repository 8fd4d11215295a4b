/** 一句话读懂 in Chinese. Part of zh.ts. */
import { aboutZh, type FirstAnswerWords } from './firstAnswerWords';

export const firstAnswerZh: FirstAnswerWords = {
  sentence: (sentence, amount, unit, kindName) => {
    const s = sentence;
    const head = `${s.year} 年${kindName}支出 ${amount} ${unit}`;
    const lines = s.lines.map((l) => `${aboutZh(l.per100)} 元用于${l.name}`).join('，');
    const what = lines ? `；每 100 元中${lines}${s.linesSummed ? '（按各单位数字相加）' : ''}` : '';
    const split = s.basic && s.project ? `；${aboutZh(s.basic)} 元是维持机构运转的基本支出，${aboutZh(s.project)} 元是完成特定任务的项目支出` : '';
    return `${head}${what}${split}。`;
  },
  basisNote: '按原文印出的支出总计和功能分类“类”计算；每 100 元中的份额四舍五入到整数元。',
};
