import { sourceText } from '../../support/sources';
import { describe, expect, it } from 'vitest';
import { projectKey, readKeyProjects } from '../../../src/normalizer/readers/keyProjects';
import { toDocument } from '../../../src/normalizer/segment';

function read(source: string, text: string) {
  const r = readKeyProjects({ doc: toDocument(source, text), tables: [], warn: () => undefined });
  if (!r.ok) throw new Error(r.reason);
  return (r.value.narrative ?? []).map((n) => [n.label, n.amount, n.src.lines]);
}
const file = sourceText;

describe('readKeyProjects: 重点项目预算绩效目标情况', () => {
  it('000: a name broken over two lines, the amount on its own line', () => {
    expect(read('000', file('000_30403416ceb52c30.txt'))).toEqual([['“令行禁止、有呼必应”综合指挥调度平台建设', '800.00', [428, 431]]]);
  });

  it('001: tab-separated rows with OCR spaces in the amounts ("493. 05")', () => {
    expect(read('001', file('001_bd808bb9d23333dc.txt'))).toEqual([
      ['琶洲政务分中心运营经费', '493.05', [346, 346]],
      ['电子政务信息化运维经费', '250.18', [347, 347]],
      ['海珠政务基础设施及服务经费', '900.28', [348, 348]],
      ['政务服务平台及数字政府建设经费', '1002.40', [349, 349]],
      ['令行禁止有呼必应综合指挥调度平台建设', '800.00', [350, 350]],
    ]);
  });

  it('002: a name after the previous project’s 绩效目标 paragraph', () => {
    expect(read('002', file('002_d1082b6c9ab0e37a.txt'))).toEqual([
      ['琶洲政务分中心运营经费', '519.61', [1240, 1240]],
      ['海珠政务基础设施及服务经费', '686.56', [1272, 1275]],
    ]);
  });

  it('004: a continuation line of the 绩效目标 column is not part of the next name', () => {
    expect(read('004', file('004_90a4164a1188f86b.txt')).map((r) => r[0])).toEqual(['智慧白云一期项目经费', '智慧白云建设经费', '信息化项目合同存量款项']);
  });

  it('003 prints no such table; the table of contents entry is not the heading', () => {
    expect(read('003', file('003_0d6200e57f68ae87.txt'))).toEqual([]);
    expect(read('x', '- 九、重点项目预算绩效目标情况\n项目A 10.00\n')).toEqual([]);
  });

  it('keys names without quotes and list punctuation', () => {
    expect(projectKey('“令行禁止、有呼必应”综合指 挥调度平台建设')).toBe(projectKey('令行禁止有呼必应综合指挥调度平台建设'));
  });
});
