import { sourceText } from '../../support/sources';
import { describe, expect, it } from 'vitest';
import { readMeta } from '../../../src/normalizer/readers/meta';
import { placeOf } from '../../../src/normalizer/profile';
import { toDocument } from '../../../src/normalizer/segment';

describe('readMeta', () => {
  it.each([
    ['000_30403416ceb52c30.txt', '广州市海珠区城市社区网格化服务管理中心', 2021, '海珠区'],
    ['001_bd808bb9d23333dc.txt', '广州市海珠区政务服务数据管理局', 2021, '海珠区'],
    ['002_d1082b6c9ab0e37a.txt', '广州市海珠区政务服务和数据管理局', 2025, '海珠区'],
    ['003_0d6200e57f68ae87.txt', '广州市人民政府政务管理办公室', 2017, '广州市'],
    ['004_90a4164a1188f86b.txt', '广州市白云区政务服务数据管理局', 2023, '白云区'],
    ['005_sh-putuo-jianguanwei-budget-2026.txt', '上海市普陀区建设和管理委员会', 2026, '普陀区'],
    ['006_sh-putuo-wenlvju-final-2025.txt', '上海市普陀区文化和旅游局', 2025, '普陀区'],
    ['007_sh-putuo-shiquan-final-2025.txt', '上海市普陀区人民政府石泉路街道办事处', 2025, '普陀区'],
  ])('%s → %s, %i, %s', (file, department, year, region) => {
    const doc = toDocument(file, sourceText(file));
    expect(readMeta(doc)).toEqual({ ok: true, value: { department, year } });
    const place = placeOf(department);
    expect(place.district || place.city).toBe(region);
  });

  it('takes the name printed most often: per-unit column headers (单位名称（功能科目）) are not names', () => {
    const text = [
      '第三部分  2017 年部门预算表',
      '部门名称：广州市人民政府政务管理办公室      单位：万元',
      '单位编码 单位名称（功能科目） 总计',
      '部门名称：广州市人民政府政务管理办公室      单位：万元',
    ].join('\n');
    expect(readMeta(toDocument('x.txt', text))).toEqual({ ok: true, value: { department: '广州市人民政府政务管理办公室', year: 2017 } });
  });

  it('reads "单位：万元单位名称：…" (002) and falls back to the title broken over lines (004)', () => {
    expect(readMeta(toDocument('a.txt', '第二部分 2025年部门预算表\n 单位：万元单位名称：广州市海珠区政务服务和数据管理局')).ok).toBe(true);
    const title = ['', '', '2023 年', '广州市白云区政务服务数据管理局 部门预', '算', '', '目 录'].join('\n');
    expect(readMeta(toDocument('b.txt', title))).toEqual({ ok: true, value: { department: '广州市白云区政务服务数据管理局', year: 2023 } });
  });

  it('fails with a reason when neither name nor year is printed', () => {
    expect(readMeta(toDocument('c.txt', '第一部分 部门概况\n一、部门主要职责'))).toEqual({
      ok: false,
      reason: 'department name not found: no "部门名称：…" / "单位名称：…" line and no title "YYYY 年 …部门预算"',
    });
    const noYear = readMeta(toDocument('d.txt', '部门名称：广州市海珠区政务服务数据管理局'));
    expect(noYear.ok).toBe(false);
    expect(!noYear.ok && noYear.reason).toContain('year');
  });

  it.each([
    ['广州市海珠区政务服务数据管理局', '广州市', '海珠区'],
    ['广州市白云区政务服务数据管理局', '广州市', '白云区'],
    ['广州市人民政府政务管理办公室', '广州市', ''],
    ['上海市徐汇区财政局', '上海市', '徐汇区'],
    ['上海市普陀区人民政府石泉路街道办事处', '上海市', '普陀区'],
    ['中共上海市普陀区委社会工作部', '上海市', '普陀区'],
  ])('placeOf(%s) = %s %s', (name, city, district) => {
    expect(placeOf(name)).toEqual({ city, district });
  });
});
