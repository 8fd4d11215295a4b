import { describe, expect, it } from 'vitest';
import { zh } from '../../src/app/i18n/zh';
import { en } from '../../src/app/i18n/en';
import { CHECK_FIGURE_KIND } from '../../src/model/checkStatus';

describe('check figure wording', () => {
  it.each([
    ['zh', zh],
    ['en', en],
  ] as const)('%s: every check code has distinct words for its two figures, by what they are', (_, t) => {
    for (const kind of Object.values(CHECK_FIGURE_KIND)) {
      const w = t.checkFigures[kind];
      expect(w.expected).not.toBe(w.actual);
      expect(w.expected.length).toBeGreaterThan(0);
    }
  });

  it('words a limit as a printed limit and a printed figure, not expected / summed', () => {
    expect(zh.checkFigures[CHECK_FIGURE_KIND.PROCUREMENT_WITHIN_BUDGET]).toEqual({
      expected: '预算（上限）印为',
      actual: '政府采购印为',
      difference: '预算减采购（负数即超出）',
    });
    expect(zh.checkFigures[CHECK_FIGURE_KIND.NARRATIVE_MATCHES_TABLE]).toMatchObject({ expected: '报表印为', actual: '说明印为' });
    expect(zh.checkFigures[CHECK_FIGURE_KIND.PROJECTS_SUM]).toMatchObject({ expected: '印出的合计', actual: '各项相加' });
    expect(en.checkFigures[CHECK_FIGURE_KIND.PROCUREMENT_WITHIN_BUDGET].expected).toBe('Budget (the limit) printed as');
  });

  it('counts rounding apart from contradictions, zero said plainly', () => {
    expect(zh.catalogRounding(13)).toBe('13 处舍入差异');
    expect(en.catalogRounding(13)).toBe('13 rounding differences');
    expect(en.catalogRounding(1)).toBe('1 rounding difference');
    expect(zh.catalogFailed(0)).toBe('0 项未通过');
    expect(en.catalogFailed(3)).toBe('3 failed');
    expect(zh.catalogSourceIssues(3)).toBe('原文提取问题 3');
    expect(en.catalogSourceIssues(3)).toBe('3 source issues');
    expect(zh.checksSummaryText(0, 0, 155)).toBe('全部 155 项核对均通过：报表内各数字相互一致。');
    expect(zh.checksSummaryText(0, 6, 135)).toBe('135 项核对中没有相互矛盾的数字；另有 6 处舍入差异，列在下方。');
  });
});
