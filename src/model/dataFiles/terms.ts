/**
 * What a document says about the terms of its publication (版权、转载、使用条款): the lines that state them,
 * found by a list of words (data, not code), so the data page can quote them with a link to the line —
 * and say plainly where a document states none, rather than inventing a licence.
 */

/** Words that open a statement of terms. Not 授权 alone: budgets print 确权授权 as a policy topic. */
export const TERMS_WORDS: readonly string[] = ['版权', '著作权', '转载', '未经许可', '未经授权', '知识产权', '使用条款', '免责声明', '许可协议'];

export interface TermLine {
  /** 1-based line of the source text, as every SourceRef counts. */
  line: number;
  text: string;
}

export function termLines(text: string, words: readonly string[] = TERMS_WORDS): TermLine[] {
  const out: TermLine[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (words.some((w) => line.includes(w))) out.push({ line: i + 1, text: line.length > 200 ? `${line.slice(0, 199)}…` : line });
  });
  return out;
}
