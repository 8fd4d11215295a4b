import { describe, expect, it } from 'vitest';
import { fitLabel } from '../../src/charts/Treemap/labelFit';
import { textWidth, wordsFit } from '../../src/charts/text';

describe('fitLabel', () => {
  const text = { name: '科学技术支出', amount: '5,411.72', share: '91.4%' };

  it('shows name, amount and share on two lines in a roomy cell', () => {
    const l = fitLabel(text, 400, 200);
    expect(l?.nameLines).toEqual(['科学技术支出']);
    expect(l?.figureLines).toEqual(['5,411.72 · 91.4%']);
    expect(l?.fontSize).toBe(13);
  });

  it('stacks amount and share where the combined line is too wide', () => {
    const l = fitLabel(text, 90, 120);
    expect(l?.figureLines).toEqual(['5,411.72', '91.4%']);
  });

  it('gives no label where the name fits but its amount does not (never a name without its amount)', () => {
    expect(fitLabel(text, 100, 26)).toBeNull();
  });

  it('gives no label to a cell too small to hold anything readable', () => {
    expect(fitLabel(text, 12, 200)).toBeNull();
    expect(fitLabel(text, 200, 10)).toBeNull();
  });

  it('never cuts a name: a long name in a small cell gets no label at all (whole or nothing)', () => {
    expect(fitLabel({ name: '其他政府办公厅（室）及相关机构事务支出', amount: '1', share: '1%' }, 60, 24)).toBeNull();
    for (const w of [40, 60, 90, 140, 300]) {
      for (const h of [20, 40, 80, 200]) {
        const l = fitLabel({ name: '其他政府办公厅（室）及相关机构事务支出', amount: '1,612.60', share: '12.3%' }, w, h);
        if (!l) continue;
        expect(l.nameLines.join('')).toBe('其他政府办公厅（室）及相关机构事务支出');
        expect(l.figureLines[0]?.startsWith('1,612.60')).toBe(true);
      }
    }
  });

  it('keeps a misprint mark whole: after the name where it fits, else on a line of its own', () => {
    const wide = fitLabel({ name: '社会保障和就业出', mark: ' [原文如此]', amount: '243.57', share: '4.1%' }, 400, 200);
    expect(wide?.nameLines).toEqual(['社会保障和就业出 [原文如此]']);
    // 001 at 1280 px: the 类 208 cell is 88 px wide (the mark once broke as "[原文如" / "此]").
    const narrow = fitLabel({ name: '社会保障和就业出', mark: ' [原文如此]', amount: '243.57', share: '4.1%' }, 88, 260);
    expect(narrow?.nameLines.at(-1)).toBe('[原文如此]');
    expect(narrow?.nameLines.slice(0, -1).join('')).toBe('社会保障和就业出');
  });

  it('drops to the smaller size rather than break an English word', () => {
    expect(wordsFit('employment', 70, 13)).toBe(false);
    const l = fitLabel({ name: 'Social security and employment', amount: '243.57', share: '4.1%' }, 90, 200);
    expect(l?.fontSize).toBe(11);
    expect(l?.nameLines).toContain('employment');

    // Too narrow for "services" even at 11 px: no label rather than "servic-es".
    expect(fitLabel({ name: 'General public services', amount: '306.90', share: '1.6%' }, 56, 200)).toBeNull();
  });

  it('every line it returns fits the cell width', () => {
    for (const w of [40, 60, 90, 140, 300]) {
      for (const h of [20, 40, 80, 200]) {
        const l = fitLabel({ name: '机关事业单位基本养老保险缴费支出', amount: '119.53', share: '49.1%' }, w, h);
        if (!l) continue;
        for (const line of [...l.nameLines, ...l.figureLines]) expect(textWidth(line, l.fontSize)).toBeLessThanOrEqual(w - 8);
        expect((l.nameLines.length + l.figureLines.length) * l.lineHeight).toBeLessThanOrEqual(h - 8);
      }
    }
  });
});
