import { FILES, readTable, sourceText } from '../../support/sources';

import { describe, expect, it } from 'vitest';
import { sum } from '../../../src/model/decimal';
import type { Project, TableKind } from '../../../src/model/types';
import type { Facts, PrintedTotal, TableReader } from '../../../src/normalizer/facts';
import type { Warning } from '../../../src/normalizer/messages';
import { readProjects, readSpecialFunds, readTransfer } from '../../../src/normalizer/readers/projectTables';
import { pageLines, type PageLine } from '../../../src/normalizer/readers/projects/pages';
import { displayWidth, joinText, startsFirstItem, startsWithMarker } from '../../../src/normalizer/readers/projects/text';
import { separateColumns } from '../../../src/normalizer/readers/projects/textColumns';
import { splitWidth } from '../../../src/normalizer/readers/projects/textFirst';
import { assembleRows } from '../../../src/normalizer/rows';
import { segment, toDocument } from '../../../src/normalizer/segment';

/** The lines of a project's whole printed row (its text columns included). */
const rowLines = (p: Project | undefined) => (p?.textSrc ?? p?.src)?.lines;

type Doc = keyof typeof FILES;

const source = sourceText;

/** Lines from..to of a source, at their real line numbers (earlier lines left blank). */
function snippet(doc: Doc, from: number, to: number, edit: (lines: string[]) => void = () => {}): string {
  const all = source(doc).split('\n');
  const kept = all.map((l, i) => (i + 1 >= from && i + 1 <= to ? l : ''));
  edit(kept);
  return kept.join('\n');
}

interface Read {
  facts: Facts;
  warnings: Warning[];
  table: string;
}

function read(text: string, kind: TableKind, reader: TableReader, name = 'x.txt'): Read {
  const { facts, warnings, ctx } = readTable(name, text, kind, reader);
  return { facts, warnings, table: ctx.table.key };
}

const readDoc = (doc: Doc) => read(source(doc), 'projects', readProjects, FILES[doc]);
const projectsOf = (r: Read): Project[] => r.facts.projects ?? [];
/** Subtotal rows by their 总计 (the other columns, `<key>.<column>`, are asserted on their own). */
const COLUMN_KEY = /\.(fiscal|generalPublic|govFund|stateCapital|fiscalSpecial|business|operating|otherIncome|carryover)$/u;
const totalsOf = (r: Read) => (r.facts.printedTotals ?? []).filter((t) => !COLUMN_KEY.test(t.key)).map((t: PrintedTotal) => [t.key, t.amount]);
const columnTotalsOf = (r: Read, key: string) =>
  (r.facts.printedTotals ?? []).filter((t) => t.key.startsWith(`${key}.`) && COLUMN_KEY.test(t.key)).map((t) => [t.key, t.amount]);
const byName = (r: Read, name: string) => projectsOf(r).find((p) => p.name === name);

describe('readProjects: every layout family, real documents', () => {
  it.each([
    {
      doc: '000' as Doc,
      family: 'pdftotext, text columns after the amounts, over pages',
      names: ['令行禁止有呼必应综合指挥调度平台建设', '数据分析报告'],
      amounts: ['800.00', '5.00'],
      totals: [
        ['projects.total', '805.00'],
        ['projects.byCategory.部门项目支出', '805.00'],
        ['projects.byCategory.区级财政专项资金(本级支出)', '0.00'],
        ['projects.byUnit.550004', '805.00'],
        ['projects.byUnit.550004.byCategory.经济和社会发展类', '805.00'],
      ],
      sum: '805.00',
    },
    {
      doc: '002' as Doc,
      family: 'space-separated, full-width indented projects under unit rows',
      names: [
        '东西部协作镇村结对帮扶资金',
        '琶洲政务分中心运营经费',
        '智慧城市建设经费',
        '区政府信息公开工作经费',
        '综合业务经费',
        '数字化发展工作经费',
        '新工勤及参照管理人员',
        '项目管理服务经费',
        '海珠政务基础设施及服务经费',
        '数字政府平台建设经费',
        '电子政务信息化运维经费',
        '综合业务经费',
        '区直属机关人员',
      ],
      amounts: ['10.00', '519.61', '51.63', '72.80', '107.60', '100.00', '24.00', '50.00', '686.56', '20.00', '120.00', '22.81', '125.00'],
      totals: [
        ['projects.total', '1910.00'],
        ['projects.byUnit.广州市海珠区政务服务和数据管理局', '885.64'],
        ['projects.byUnit.广州市海珠区数字政府运营中心（广州市海珠区政务服务中心）', '1024.37'],
      ],
      // Printed as is: the two unit rows add up to 1910.01, the 合计 row says 1,910.00 (a contradiction
      // in the source, left for reconcile to report).
      sum: '1910.01',
    },
    {
      doc: '004' as Doc,
      family: 'tab-separated, one line per row, 绩效目标 continued on the next page',
      names: [
        '信息化项目管理经费',
        '智慧白云一期项目经费',
        '智慧白云建设经费',
        '电子政务经费',
        '海关入驻保障费',
        '政务中心大楼物业管理费',
        '政府雇员工资费用',
        '配餐服务费',
        '政务服务受理人员外包服务项目',
        '政务中心大楼保障经费',
        '第三方暗访调查费',
        '机关办公综合管理系统建设',
        '12345热线智慧办理系统2021年建设项目经费',
        '12345热线运作经费',
        '信息化项目合同存量款项',
        '政府雇员公用经费',
        '政务云经费',
        '白云区智慧城市运行中心建设经费',
        '疫情防控应急短信服务经费',
        '智慧城市运行中心日常运作经费',
        '信息化运维经费',
        '政务大厅日常运作经费',
      ],
      amounts: [
        '809.48',
        '2655.11',
        '2062.98',
        '147.23',
        '8.00',
        '98.14',
        '360.00',
        '47.50',
        '196.90',
        '141.13',
        '18.40',
        '17.21',
        '245.70',
        '12.87',
        '4431.81',
        '17.70',
        '950.00',
        '300.00',
        '41.24',
        '50.00',
        '353.07',
        '29.25',
      ],
      totals: [
        ['projects.total', '12993.72'],
        ['projects.byUnit.广州市白云区政务服务数据管理局', '12561.40'],
        ['projects.byUnit.广州市白云区智慧城市运行中心', '432.32'],
      ],
      sum: '12993.72',
    },
  ])('$doc ($family): projects in printed order, subtotal rows as printed totals', ({ doc, names, amounts, totals, sum: expected }) => {
    const r = readDoc(doc);
    const projects = projectsOf(r);
    expect(projects.map((p) => p.name)).toEqual(names);
    expect(projects.map((p) => p.amount)).toEqual(amounts);
    expect(projects.map((p) => p.id)).toEqual(names.map((_, i) => `p${String(i + 1).padStart(2, '0')}`));
    expect(totalsOf(r)).toEqual(totals);
    expect(sum(projects.map((p) => p.amount)).toFixed(2)).toBe(expected);
    // No subtotal row slipped in as a project.
    expect(projects.filter((p) => /合计|其中|^广州市.*(局|中心)$/u.test(p.name))).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  it('003 (layout-preserved 2017 table, text before the amount): 23 projects with 类 款 项 codes, units and categories', () => {
    const r = readDoc('003');
    const projects = projectsOf(r);
    expect(projects).toHaveLength(23);
    expect(sum(projects.map((p) => p.amount)).toFixed(2)).toBe('11609.49');
    expect(totalsOf(r)).toEqual([
      ['projects.total', '11609.49'],
      ['projects.byCategory.经常性专项', '10027.65'],
      ['projects.byCategory.一次性专项', '1581.84'],
      ['projects.byUnit.190001', '2789.54'],
      ['projects.byUnit.190001.byCategory.经常性专项', '1654.60'],
      ['projects.byUnit.190001.byCategory.一次性专项', '1134.94'],
      ['projects.byUnit.190004', '232.00'],
      ['projects.byUnit.190004.byCategory.经常性专项', '192.00'],
      ['projects.byUnit.190004.byCategory.一次性专项', '40.00'],
      ['projects.byUnit.190005', '60.00'],
      ['projects.byUnit.190005.byCategory.经常性专项', '60.00'],
      ['projects.byUnit.190006', '8527.95'],
      ['projects.byUnit.190006.byCategory.经常性专项', '8121.05'],
      ['projects.byUnit.190006.byCategory.一次性专项', '406.90'],
    ]);
    expect(projects.map((p) => [p.name, p.amount, p.functionalCode, p.unit, p.category])).toEqual([
      ['政务服务管理专项经费', '140.00', '2010302', '190001', '经常性专项'],
      ['广州市人民政府政务管理办公室物业管理费', '680.00', '2010302', '190001', '经常性专项'],
      ['政务网站群提升项目经费', '100.00', '2010399', '190001', '经常性专项'],
      ['电子政务工作经费', '36.00', '2010399', '190001', '经常性专项'],
      ['广州市人民政府政务管理办公室因公出国（境）经费', '24.00', '2010302', '190001', '经常性专项'],
      ['广州市城市社区网格化服务外包项目', '524.60', '2010399', '190001', '经常性专项'],
      ['广州市人民政府政务管理办公室2017年信息化运维', '150.00', '2010503', '190001', '经常性专项'],
      ['广州市行政审批及公共服务事项优化管理服务项目', '190.00', '2010399', '190001', '一次性专项'],
      ['广州市政务服务中心琶洲分中心建设经费项目', '210.00', '2010399', '190001', '一次性专项'],
      ['广州市政务服务中心2010电子政务项目（第一阶段）经费', '69.77', '2060503', '190001', '一次性专项'],
      ['广州市政务服务中心2016年信息化建设', '190.00', '2060503', '190001', '一次性专项'],
      ['广州市政务服务中心大厅“一窗”集成服务信息化改造项目', '43.42', '2060503', '190001', '一次性专项'],
      ['广州市行政执法综合业务资源管理平台项目', '9.75', '2060503', '190001', '一次性专项'],
      ['广州市人民政府政务管理办公室2017年信息化建设', '160.00', '2060503', '190001', '一次性专项'],
      ['广州市机关绩效管理信息系统', '262.00', '2060503', '190001', '一次性专项'],
      ['广州市电子政务服务中心2017年信息化运维', '192.00', '2010399', '190004', '经常性专项'],
      ['广州市电子政务服务中心2017年信息化建设', '40.00', '2060503', '190004', '一次性专项'],
      ['政务服务管理专项经费', '60.00', '2010399', '190005', '经常性专项'],
      ['12345政府服务热线人工坐席服务外包项目', '7699.00', '2010302', '190006', '经常性专项'],
      ['12345政府服务热线话务场地运营管理费', '422.05', '2010302', '190006', '经常性专项'],
      ['广州12345政府服务热线业务用房玻璃幕墙改造', '184.95', '2010302', '190006', '一次性专项'],
      ['广州12345政府服务热线受理中心2017年信息化建设', '81.20', '2060503', '190006', '一次性专项'],
      ['省市12345投诉举报平台数据对接项目', '140.75', '2060503', '190006', '一次性专项'],
    ]);
    expect(projects[18]?.unitName).toBe('广州市市长专线电话受理中心');
    // Every project has both columns separated; none fell back to merged text.
    expect(projects.filter((p) => !p.content || !p.targets)).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  it('001 (tab-separated OCR, "3 , 750. 53", untitled table): units 550001–550003 read exactly', () => {
    const r = readDoc('001');
    const totals = totalsOf(r);
    expect(totals.slice(0, 9)).toEqual([
      ['projects.total', '3750.53'],
      ['projects.byCategory.部门项目支出', '3750.53'],
      ['projects.byCategory.区级财政专项资金(本级支出)', '0.00'],
      ['projects.byUnit.550001', '723.35'],
      ['projects.byUnit.550001.byCategory.经济和社会发展类', '723.35'],
      ['projects.byUnit.550002', '2207.18'],
      ['projects.byUnit.550002.byCategory.经济和社会发展类', '2207.18'],
      ['projects.byUnit.550003', '15.00'],
      ['projects.byUnit.550003.byCategory.经济和社会发展类', '15.00'],
    ]);
    const projects = projectsOf(r);
    expect(projects.slice(0, 11).map((p) => [p.name, p.amount, p.unit])).toEqual([
      ['扶贫引导,帮扶资金', '10.00', '550001'],
      // "ļ" is OCR noise printed in the code column beside this row's last text line (line 736).
      ['政务中心运营经费ļ', '116.27', '550001'],
      ['琶洲政务分中心运营经费', '493.05', '550001'],
      ['网站内容保障经费', '77.50', '550001'],
      ['政务公开经费', '16.00', '550001'],
      ['市政务服务中心琶洲分中心市级事项运行保障经费', '10.53', '550001'],
      ['电子政务信息化运维经费', '250.18', '550002'],
      ['政务服务平台及数字政府建设经费', '1002.40', '550002'],
      ['海珠政务基础设施及服务经费', '900.28', '550002'],
      ['信息化服务建设及业务经费', '54.32', '550002'],
      ['综合运营经费', '15.00', '550003'],
    ]);
    // The sub-unit 550004 is printed with its name centred on the amounts: one unit name, not three rows.
    expect(totals).toContainEqual(['projects.byUnit.550004', '805.00']);
    expect(projects.find((p) => p.unit === '550004')?.unitName).toBe('广州市海珠区城市社区网格化服务管理中心');
    // "0, 00" (line 855) is a printed cell that does not read as an amount: flagged, not taken as blank.
    expect(r.warnings.map((w) => [w.code, w.at?.lines])).toEqual([['CELL_COUNT', [855, 855]]]);
  });
});

describe('text columns: 项目内容, 绩效目标, 项目主要绩效指标', () => {
  it('000: separates the three narrow columns pdftotext prints one after another, across three pages', () => {
    const [first, second] = projectsOf(readDoc('000'));
    expect(first).toMatchObject({
      unit: '550004',
      unitName: '广州市海珠区城市社区网格化服务管理中心',
      category: '经济和社会发展类',
      funding: {
        generalPublic: '800.00',
        govFund: '0.00',
        stateCapital: '0.00',
        fiscalSpecial: '0.00',
        business: '0.00',
        operating: '0.00',
        otherIncome: '0.00',
        carryover: '0.00',
      },
      textSrc: { table: 't10', lines: [1403, 1681] },
    });
    expect(first?.content).toBe(
      '1.优化完善“令行禁止、有呼必应”综合指挥调度平台，实现城市管理、社会治理“一网共治”。2.结合“穗智管”城市运行管理中枢规划和区委十四五规划建议关于“城市大脑布局建设”目标，深化“令行禁止、有呼必应”综合指挥调度平台建设，初步搭建城市大脑技术框架，打造城市运行管理平台雏形和先导功能场景。',
    );
    expect(first?.targets).toBe(
      '1.完成“令行禁止、有呼必应”综合指挥调度平台升级改造；2.保障“令行禁止、有呼必应”综合指挥调度平台运行流畅；3.优化完善“令行禁止、有呼必应”综合指挥调度平台各项功能模块；4.结合“穗智管”城市运行管理中枢规划，初步搭建海珠城市大脑技术框架，打造城市运行管理平台雏形和先导功能场景。',
    );
    expect(first?.indicators?.startsWith('1.产出质量:（“令行禁止、有呼必应”综合指挥调度平台运行流畅。）')).toBe(true);
    // Page 3 (line 1661) holds only the indicators' tail: "党群" / "机构。"
    expect(first?.indicators).toContain('部分党群机构。4.产出数量:(完成”令行禁止、有呼必应“综合指挥调度平台升级改造');
    expect(first?.indicators?.endsWith('实现指挥调度平台PC端和移动端用户数（各街道和职能部门）达200人。')).toBe(true);

    expect(rowLines(second)).toEqual([1683, 1824]);
    expect(second?.content).toBe(
      '深化热线工作数据的资源整合、高度共享、深度应用，出台工单数据分析报告。丰富热线数据表现形式和可视化研究，展现2020年我区热线工作数据、工作情况、工作难点、协调重点，通过2020年热线数据的分析研判2021年热线工作热点、难点、重点工作，对热线工作提出可行性建议，对辖区的社会治理和民生事务提供强有力的数据支撑。',
    );
    // 绩效目标 ended on the first page; on the next page only 内容 and 指标 continue.
    expect(second?.targets).toBe(
      '1.提升热线工单首次派单准确率，进一步做好市热线重点工单的交办工作。2.为重点疑难复杂工单提供数据分析，提出疑难复杂工单沿袭使用原则。',
    );
    expect(second?.indicators).toBe(
      '1.产出数量:(海珠区12345政府服务热线大数据分析报告（2020年度）)一份完整的数据分析、数据应用、数据研判分析报告。2.社会效益:(通过海珠区12345政府服务热线大数据分析报告（2020年度）所展现的群众亟需解决的热线重点方向，为政府职能部门如何服务企业、群众提供有力的数据支撑。)进一步提升海珠区企业营商与群众宜居环境。',
    );
  });

  it('000 variant: where the columns cannot be told apart, the whole text stays in content with a warning', () => {
    // The same first page, but 绩效目标 not starting with a numbered item: nothing marks where 项目内容 ends.
    const text = snippet('000', 1310, 1478, (lines) => {
      lines[1432] = (lines[1432] ?? '').replace('1.完成', '完成');
    });
    const r = read(text, 'projects', readProjects);
    const [only] = projectsOf(r);
    expect(only?.name).toBe('令行禁止有呼必应综合指挥调度平台建设');
    expect(only?.targets).toBeUndefined();
    expect(only?.indicators).toBeUndefined();
    expect(only?.content?.startsWith('1.优化完善“令行禁止、有呼必应”综合指挥调度平台')).toBe(true);
    expect(only?.content).toContain('禁止、有呼必应”综合完成“令行禁止、有呼必应”综合指挥调度平台升级改造');
    expect(only?.content?.endsWith('2.产出质量:（对接“穗智管”城市运行管理中枢，深化“令行禁止、有呼必应”综合指挥调')).toBe(true);
    expect(r.warnings.map((w) => [w.code, w.at?.lines])).toEqual([['ROW_UNREAD', [1403, 1475]]]);
    expect(r.warnings[0]?.message).toContain('kept in content');
  });

  it('001: tab positions place OCR continuation lines in their column, whatever the leading tabs', () => {
    const p = byName(readDoc('001'), '政务中心运营经费ļ');
    expect(rowLines(p)).toEqual([708, 743]);
    expect(p?.content?.endsWith('完善我局档案管理工作,完成上年度档案整理,妥善保管各门类档案,通过海珠区档案工作年度评估,做好档案移交工作')).toBe(true);
    expect(p?.targets).toBe(
      '保障区政务服务中心、各政务服务驿站系统设备正常运作,提高工作人员的服务质量和工作效率,更好地为办事群众提供满意的政府服务。结合实际创经验、创特色、创亮点,着力打造创新驱动的金字招牌,营造国际化营商环境,打造现代政府管理、政务服务改革的试点窗口',
    );
    expect(p?.indicators?.startsWith('1.产出质量:(政务中心大楼公共设施、办公设备正常使用率)98%以上2.服务对象满意度:')).toBe(true);
    expect(p?.indicators?.endsWith('7.产出质量:(政务中心窗口工作人员办公用品保障率、办事大厅便民用品保障率)95%以上')).toBe(true);
    // The OCR'd repeated header ("V 1) 12 … 财政 女拨款 … 财政专", line 749) is page furniture, not a name.
    expect(rowLines(byName(readDoc('001'), '网站内容保障经费'))).toEqual([745, 771]);
  });

  it('002: 绩效目标 after the amounts, up to the next indented project or unit name', () => {
    const r = readDoc('002');
    const p = byName(r, '智慧城市建设经费');
    expect(p).toMatchObject({
      unitName: '广州市海珠区政务服务和数据管理局',
      funding: { generalPublic: '0.00', govFund: '51.63', stateCapital: '0.00', fiscalSpecial: '0.00', otherIncome: '0.00' },
      textSrc: { table: 't12', lines: [944, 956] },
    });
    expect(p?.unit).toBeUndefined();
    expect(p?.content).toBeUndefined();
    // The page's repeated header fragments (位）, 总计, 财政专 …, lines 959–983) are not part of the text.
    expect(p?.targets).toBe(
      '结合海珠区自身发展基础，以场景需求逐步推进智慧城市数字化底座能力建设，提升超大城市中心城区基层治理体系和治理能力现代化水平，充分利用现代信息技术，为数字政府管理及智慧城市应用提供有效支撑，实现建设广州老城市新活力、“四个出新出彩”的海上明珠。',
    );
    expect(rowLines(byName(r, '区政府信息公开工作经费'))).toEqual([985, 996]);
    // The unit name printed right after a project's text is not glued to it.
    expect(byName(r, '新工勤及参照管理人员')?.targets).toBe(
      '进一步规范和提高员工的服务意识、服务标准，通过考核提升员工的工作能力、工作积极性，辅助完成政务大厅窗口各项工作正常运行。',
    );
    expect(projectsOf(r)[7]?.unitName).toBe('广州市海珠区数字政府运营中心（广州市海珠区政务服务中心）');
  });

  it('003: 项目内容 (wide column) and 项目绩效目标 (narrower column) told apart by line width', () => {
    const r = readDoc('003');
    const [first, , third] = projectsOf(r);
    expect(rowLines(first)).toEqual([1732, 1769]);
    expect(first?.content).toBe(
      '依据市政府《关于建设市政务服务中心的意见》（【2007】12号），用于保障市政务中心政务服务大厅日常运作、管理及业务开展涉及的公共服务、后勤服务保障、政务服务大厅及窗口人员的服务管理、场地、设施设备配置及维修（护）管理，以及开展全市集中政务服务和政务体系建设工作、深化行政审批制度改革、规范及优化行政审批流程等工作的各项支出。2017年起据新的职能分工，我办下属的市政务服务中心负责政务服务大厅“一窗”集成服务统一受理业务。为此，本项目由我办（本级））及市政务服务中心分别进行申报。',
    );
    expect(first?.targets).toBe(
      '依据《关于建设市政务服务中心的意见》，用于保障市政务中心政务服务大厅日常运作、管理及业务开展涉及的公共服务、后勤服务保障、政务服务大厅及窗口人员的服务管理、场地、设施设备配置及维修（护）管理，以及开展全市集中政务服务和政务体系建设工作、深化行政审批制度改革、规范及优化行政审批流程等工作的各项支出。',
    );
    // A content paragraph's short last line ("开展。") stays with the content.
    expect(
      third?.content?.endsWith(
        '具体内容：1、委托第三方机构开展政府网站常态化测评工作。2、委托第三方机构开展政府网站集约化建设管理研究，包括年度考评指标制定，市信息公开重点领域、专题专栏、回应关切、政策解读等策划开展。',
      ),
    ).toBe(true);
    expect(third?.targets?.startsWith('根据《广东省政府网站考评办法》及《广州市政府网站考评实施细则》')).toBe(true);
    // "3.3 万元" inside the text does not close the row; the row's amount is the 24.00 that ends it.
    const abroad = byName(r, '广州市人民政府政务管理办公室因公出国（境）经费');
    expect(abroad?.amount).toBe('24.00');
    expect(abroad?.content).toContain('电子政务中心的3.3万元；我办原对外活动费18万元');
    // The "(续 1)" page title and its header fragments (lines 1772–1784) are page furniture.
    expect(rowLines(projectsOf(r)[1])).toEqual([1788, 1818]);
  });

  it('004: a row cut by a page break continues its name and its 绩效目标 on the next page', () => {
    const r = readDoc('004');
    const p = byName(r, '政务服务受理人员外包服务项目');
    expect(rowLines(p)).toEqual([520, 530]);
    expect(p?.targets).toBe(
      '建立协同、便捷、高效的综合窗口服务,实现“前台综合受理,后台分类审批,统一窗口出件”的政务服务模式,方便群众办事创业,提升政务服务水平和群众满意度,提高政府效能和企业便利度。',
    );
    expect(byName(r, '智慧白云一期项目经费')?.targets).toBe(
      '1.建设“1个数字平台+1个智慧大脑+N个智慧应用”。2.将物联网、大数据等新一代信息技术与业务应用深度融合创新,达到“一屏观白云、一键联指挥、一门办业务、一网统管理”的精细化、智能化城市治理的效果。',
    );
    expect(byName(r, '信息化运维经费')?.unitName).toBe('广州市白云区智慧城市运行中心');
  });
});

describe('readProjects on tables it cannot use', () => {
  it('a table printed without any amount is empty, not an error', () => {
    const text = ['部门预算项目支出预算表', '单位编码 项目名称 总计 绩效目标', '1 2 3 4', '本部门本年度无项目支出'].join('\n');
    const r = read(text, 'projects', readProjects);
    expect(r.facts).toEqual({});
    expect(r.warnings.map((w) => w.code)).toEqual(['TABLE_EMPTY']);
  });

  it('a header naming no amount column (总计 / 年预算) fails with the table and its line', () => {
    const doc = toDocument('x.txt', ['部门预算项目支出预算表', '单位编码 项目名称 绩效目标', '1 2 3', ' 合  计 1.00'].join('\n'));
    const table = segment(doc).find((t) => t.kind === 'projects');
    if (!table) throw new Error('no table');
    const result = readProjects({ doc, table, rows: assembleRows(table.body).rows, warn: () => {} });
    expect(result).toEqual({ ok: false, reason: 'project table t01 (line 1): no amount column (总计 / 年预算) found in its header' });
  });
});

describe('readTransfer and readSpecialFunds: the printed 合计 only', () => {
  it.each([
    ['000' as Doc, 'transfer' as TableKind, readTransfer, [['transfer.total', '0.00']], [1888, 1888]],
    ['001' as Doc, 'transfer' as TableKind, readTransfer, [['transfer.total', '0.00']], [873, 873]],
  ])('%s %s: 合计 0.00 → transfer.total', (doc, kind, reader, totals, lines) => {
    const r = read(source(doc), kind, reader, FILES[doc]);
    expect(totalsOf(r)).toEqual(totals);
    expect(r.facts.printedTotals?.[0]?.src.lines).toEqual(lines);
    expect(r.facts.projects).toBeUndefined();
    expect(r.warnings).toEqual([]);
  });

  it('003 表九 prints no row (本部门没有市级财政专项资金预算安排): nothing recorded, TABLE_EMPTY', () => {
    const r = read(source('003'), 'specialFunds', readSpecialFunds, FILES['003']);
    expect(r.facts).toEqual({});
    expect(r.warnings.map((w) => w.code)).toEqual(['TABLE_EMPTY']);
  });

  it('a row other than 合计 is flagged, not dropped silently', () => {
    const text = [
      '部门预算转移支付项目预算表',
      '单位编码 (项目名称) 总计 一般公共预算',
      '1 2 3 4',
      ' 合  计 12.00 12.00',
      '550004 某转移支付项目 12.00 12.00',
    ].join('\n');
    const r = read(text, 'transfer', readTransfer);
    expect(totalsOf(r)).toEqual([['transfer.total', '12.00']]);
    expect(r.warnings.map((w) => [w.code, w.at?.lines])).toEqual([['ROW_UNREAD', [5, 5]]]);
  });
});

describe('project table helpers', () => {
  it.each([
    [['指挥调度平台 PC 端和', '移动端用户数'], '指挥调度平台PC端和移动端用户数'],
    [['展现 2020 年', '我区热线'], '展现2020年我区热线'],
    [['信息化项 目管理经费'], '信息化项目管理经费'],
    [['\u3000\u3000东西部协作镇村结对帮', '扶资金'], '东西部协作镇村结对帮扶资金'],
    [['1. 建设“1 个数字平台+1 个智慧大脑+N 个智慧应用”。 2. 将物联网'], '1.建设“1个数字平台+1个智慧大脑+N个智慧应用”。2.将物联网'],
    [['总出口带宽数 量达 2200M 以上'], '总出口带宽数量达2200M以上'],
    [['Windows 10'], 'Windows 10'],
  ])('joinText(%j) → %s', (lines, joined) => {
    expect(joinText(lines)).toBe(joined);
  });

  it.each([
    ['1.产出数量:(海珠区', true, true],
    ['2.为重点疑难复杂工单提', true, false],
    ['一、保障区政务服务中', true, true],
    ['（1）通过加强运', true, true],
    ['2021 年热线工作热点、', false, false],
    ['12345 政府服务热线', false, false],
    ['2.5亿元', false, false],
  ])('%s: numbered item %s, first item %s', (line, marker, first) => {
    expect(startsWithMarker(line)).toBe(marker);
    expect(startsFirstItem(line)).toBe(first);
  });

  it('displayWidth counts a Chinese character as two columns', () => {
    expect(displayWidth('依据《关于建设市政务服务中心的意见》，用')).toBe(40);
    expect(displayWidth('140.00 ')).toBe(6);
  });

  it('splitWidth finds the gap between the wide and the narrow text column', () => {
    expect(splitWidth([58, 60, 60, 62, 38, 40, 40, 43])).toBe(50.5);
    expect(splitWidth([38, 40, 41, 42])).toBeNull();
  });

  it('separateColumns matches a continuation page only to the columns still open', () => {
    const line = (n: number, text: string, breakBefore = false): PageLine => ({ n, text, breakBefore });
    const pageOne = [
      line(1, '深化热线工作数据的'),
      line(2, '2021 年热线工作热点、'),
      line(3, '1.提升热线工单首次派单'),
      line(4, '杂工单沿袭使用原则。 '),
      line(5, '1.产出数量:(海珠区'),
      line(6, '的群众亟需解决的热'),
    ];
    const pageTwo = [line(7, '难点、重点工作，对热', true), line(8, '力的数据支撑。 '), line(9, '线重点方向，为政府职'), line(10, '宜居环境。 ')];
    const columns = separateColumns([pageOne, pageTwo], 3, 'trailingSpace');
    expect(columns?.map((c) => c.map((l) => l.n))).toEqual([
      [1, 2, 7, 8],
      [3, 4],
      [5, 6, 9, 10],
    ]);
    // Two runs on page two but all three columns stopped mid-sentence: no single reading fits.
    const open = [line(1, '内容甲'), line(2, '1.目标乙'), line(3, '1.指标丙')];
    expect(separateColumns([open, pageTwo], 3, 'trailingSpace')).toBeNull();
  });

  it('pageLines marks page breaks and drops a repeated header left in the body (002 表12, lines 957–983)', () => {
    const doc = toDocument('002.txt', source('002'));
    const table = segment(doc).find((t) => t.kind === 'projects');
    if (!table) throw new Error('no table');
    const lines = pageLines(doc, table);
    expect(lines.filter((l) => l.n >= 957 && l.n <= 983).map((l) => l.n)).toEqual([]);
    expect(lines.find((l) => l.n === 985)?.breakBefore).toBe(true);
    expect(lines.find((l) => l.n === 944)?.breakBefore).toBe(false);
  });
});

describe('readProjects: the other columns of subtotal rows', () => {
  it('002 合计 row: each funding column as printed (政府性基金 1,900.00, which its projects exceed by 0.01)', () => {
    expect(columnTotalsOf(readDoc('002'), 'projects.total')).toEqual([
      ['projects.total.fiscal', '1910.00'],
      ['projects.total.generalPublic', '10.00'],
      ['projects.total.govFund', '1900.00'],
      ['projects.total.stateCapital', '0.00'],
      ['projects.total.fiscalSpecial', '0.00'],
      ['projects.total.otherIncome', '0.00'],
    ]);
  });
});
