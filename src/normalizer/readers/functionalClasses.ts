/**
 * 功能分类 类 (the 3-digit heads of the government functional classification, 政府收支分类科目) by
 * the names the summary tables print.
 *
 * The two-sided summary tables (收支总体情况表 / 财政拨款收支总体情况表) and the prose print the 类 by
 * name only ("六、科学技术支出 1182.9"); the code is needed to compare those figures with the
 * expenditure table, which prints codes. The names changed over the years (2017's 医疗卫生与计划生育支出
 * is 2019's 卫生健康支出, both 210; 资源勘探信息等支出 became 资源勘探工业信息等支出, both 215), so each
 * code lists every wording we have seen. Data, not logic: add a wording here when a new one appears.
 */

const CLASSES: readonly (readonly [code: string, names: readonly string[]])[] = [
  ['201', ['一般公共服务支出']],
  ['202', ['外交支出']],
  ['203', ['国防支出']],
  ['204', ['公共安全支出']],
  ['205', ['教育支出']],
  ['206', ['科学技术支出']],
  ['207', ['文化旅游体育与传媒支出', '文化体育与传媒支出']],
  ['208', ['社会保障和就业支出']],
  ['210', ['卫生健康支出', '医疗卫生与计划生育支出', '医疗卫生支出']],
  ['211', ['节能环保支出']],
  ['212', ['城乡社区支出', '城乡社区事务支出']],
  ['213', ['农林水支出', '农林水事务支出']],
  ['214', ['交通运输支出']],
  ['215', ['资源勘探工业信息等支出', '资源勘探信息等支出', '资源勘探电力信息等支出']],
  ['216', ['商业服务业等支出']],
  ['217', ['金融支出', '金融监管等事务支出']],
  ['219', ['援助其他地区支出']],
  ['220', ['自然资源海洋气象等支出', '国土海洋气象等支出']],
  ['221', ['住房保障支出']],
  ['222', ['粮油物资储备支出', '粮油物资储备事务支出']],
  ['223', ['国有资本经营预算支出']],
  ['224', ['灾害防治及应急管理支出']],
  ['227', ['预备费']],
  ['229', ['其他支出']],
  ['230', ['转移性支出']],
  ['231', ['债务还本支出', '债务还本付息支出']],
  ['232', ['债务付息支出']],
  ['233', ['债务发行费用支出']],
  ['234', ['抗疫特别国债安排的支出']],
];

const BY_NAME = new Map<string, string>(CLASSES.flatMap(([code, names]) => names.map((n) => [n, code] as const)));

/** All printed 类 names, longest first (so that a longer wording wins when matching inside prose). */
export const CLASS_NAMES: readonly string[] = [...BY_NAME.keys()].sort((a, b) => b.length - a.length);

/** The 3-digit 类 code of a printed name ("科学技术支出" → "206"), or undefined for a name we do not know. */
export function classCode(name: string): string | undefined {
  return BY_NAME.get(name.replace(/[\s\u3000]+/gu, ''));
}
