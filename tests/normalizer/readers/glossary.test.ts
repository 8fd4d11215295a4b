import { FILES, sourceText } from '../../support/sources';

import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../../src/model/types';
import { readGlossary, tidy } from '../../../src/normalizer/readers/glossary';
import { segment, toDocument } from '../../../src/normalizer/segment';

function readText(source: string, text: string): GlossaryEntry[] {
  const doc = toDocument(source, text);
  const result = readGlossary({ doc, tables: segment(doc), warn: () => undefined });
  if (!result.ok) throw new Error(result.reason);
  return result.value.glossary ?? [];
}
const read = (doc: keyof typeof FILES) => readText(FILES[doc], sourceText(doc));

describe('readGlossary', () => {
  it.each([
    ['000', ['部门预算', '基本支出', '项目支出', '市级财政专项资金', '“三公”经费', '会议费', '机关运行经费']],
    ['001', ['部门预算', '基本支出', '项目支出', '市级财政专项资金', '"三公"经费', '会议费', '机关运行经费']],
    [
      '002',
      [
        '财政拨款收入',
        '事业收入',
        '经营收入',
        '其他收入',
        '用事业基金弥补收支差额',
        '基本支出',
        '项目支出',
        '经营支出',
        '行政经费（机关运行经费）',
        '“三公”经费',
      ],
    ],
    ['003', ['部门预算', '基本支出', '项目支出', '市级财政专项资金', '“三公”经费', '会议费', '机关运行经费']],
    [
      '004',
      [
        '财政拨款收入',
        '事业收入',
        '经营收入',
        '其他收入',
        '用事业基金弥补收支差额',
        '基本支出',
        '项目支出',
        '经营支出',
        '行政经费（机关运行经费）',
        '“三公”经费',
      ],
    ],
  ] as const)('%s: the terms in printed order', (doc, terms) => {
    expect(read(doc).map((e) => e.term)).toEqual(terms);
  });

  it('000: a definition broken over lines is joined without spaces, with its lines', () => {
    const e = read('000').find((x) => x.term === '“三公”经费');
    expect(e).toEqual({
      term: '“三公”经费',
      definition: '指财政资金安排的，用于公务接待、公务用车、因公出国（境）等方面的经费。',
      src: { table: 'glossary', lines: [487, 491] },
    });
  });

  it('001: "- 7. 机关运行经费: …专用" continued on a second line; OCR spaces between Chinese removed', () => {
    const e = read('001').find((x) => x.term === '机关运行经费');
    expect(e?.src.lines).toEqual([360, 362]);
    expect(e?.definition.endsWith('专用材料及一般设备购置费、办公用房水电费、办公用房物业管理费、公务用车运行维护费以及其他费用。')).toBe(true);
    expect(read('001').find((x) => x.term === '项目支出')?.definition).toBe(
      '指预算单位为完成特定的行政工作任务或事业发展目标,在基本支出预算之外编制的年度或跨年度项目支出计划。',
    );
  });

  it('003: numbers inside a definition keep no stray space ("90 号文" → "90号文")', () => {
    expect(read('003').find((x) => x.term === '市级财政专项资金')?.definition).toContain('（穗府办函〔2014〕90号文）');
  });

  it('004: the closing note (注：本报告金额…) is not part of the last definition; the empty TOC heading is skipped', () => {
    const last = read('004').at(-1);
    expect(last?.src.lines).toEqual([666, 666]);
    expect(last?.definition.endsWith('公务接待费具体包括按规定开支的各类公务接待(外宾接待)费用。')).toBe(true);
  });

  it('reads nothing where the document has no glossary', () => {
    expect(readText('x.txt', '第一部分 部门概况\n1. 部门预算：指…')).toEqual([]);
  });

  it.each([
    ['公务 用车', '公务用车'],
    ['穗府办函〔2014〕90 号文', '穗府办函〔2014〕90号文'],
    ['PC 端和 移动端', 'PC端和移动端'],
    ['ISO 9001', 'ISO 9001'],
  ])('tidy(%j) = %j', (input, expected) => {
    expect(tidy(input)).toBe(expected);
  });
});
