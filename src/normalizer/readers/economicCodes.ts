/**
 * 部门预算支出经济分类科目 (departmental economic classification), as data.
 *
 * Why a table of names: 2017-layout documents (003 表六 一般公共预算安排基本支出（商品和服务支出）预算表)
 * print the 款 of 302 商品和服务支出 as column headers — names only, no codes. The codes below are the
 * national 部门预算支出经济分类科目 (财政部, in force since 2018 and unchanged for these 款); tab- and
 * bracket-printed tables (000/001/002/004) print the same codes beside the same names
 * ("[30201]办公费", "[30231]公务用车运行维护费"), which is how this list was checked.
 *
 * Names are as printed in the sources (full-width parentheses); `aliases` are other printed spellings.
 */

export interface EconomicKuan {
  code: string;
  name: string;
  aliases?: readonly string[];
}

/** 302 商品和服务支出: the 类 whose 款 are printed as columns. */
export const GOODS_AND_SERVICES = { code: '302', name: '商品和服务支出' } as const;

/** 款 of 302 商品和服务支出 (部门预算支出经济分类). */
export const GOODS_AND_SERVICES_KUAN: readonly EconomicKuan[] = [
  { code: '30201', name: '办公费' },
  { code: '30202', name: '印刷费' },
  { code: '30203', name: '咨询费' },
  { code: '30204', name: '手续费' },
  { code: '30205', name: '水费' },
  { code: '30206', name: '电费' },
  { code: '30207', name: '邮电费' },
  { code: '30208', name: '取暖费' },
  { code: '30209', name: '物业管理费' },
  { code: '30211', name: '差旅费' },
  { code: '30212', name: '因公出国（境）费用', aliases: ['因公出国（境）费', '因公出国费用'] },
  { code: '30213', name: '维修（护）费', aliases: ['维修费'] },
  { code: '30214', name: '租赁费' },
  { code: '30215', name: '会议费' },
  { code: '30216', name: '培训费' },
  { code: '30217', name: '公务接待费' },
  { code: '30218', name: '专用材料费' },
  { code: '30224', name: '被装购置费' },
  { code: '30225', name: '专用燃料费' },
  { code: '30226', name: '劳务费' },
  { code: '30227', name: '委托业务费' },
  { code: '30228', name: '工会经费' },
  { code: '30229', name: '福利费' },
  { code: '30231', name: '公务用车运行维护费', aliases: ['公务用车运行维修费'] },
  { code: '30239', name: '其他交通费用' },
  { code: '30240', name: '税金及附加费用' },
  { code: '30299', name: '其他商品和服务支出' },
];

/** Squash white space and fold full-width parentheses, so that "因公\n出国\n（境）\n费用" matches. */
export function foldName(s: string): string {
  return s
    .replace(/[\s\u3000]+/gu, '')
    .replace(/（/gu, '(')
    .replace(/）/gu, ')');
}

export interface HeaderColumn {
  kuan: EconomicKuan;
  /** Position of the name in the folded header text (reading order of the columns). */
  at: number;
}

/**
 * The 款 named in a header, in reading order. The header text is folded and joined first: 2017 headers
 * print a column name one or two characters per line ("物 / 业 / 管 / 理 / 费"). A shorter name found
 * inside a longer one ("维护费" inside "公务用车运行维护费") is not a column of its own.
 */
export function kuanColumnsIn(headerText: string): HeaderColumn[] {
  const text = foldName(headerText);
  const found: { kuan: EconomicKuan; at: number; end: number }[] = [];
  for (const kuan of GOODS_AND_SERVICES_KUAN) {
    for (const spelling of [kuan.name, ...(kuan.aliases ?? [])]) {
      const needle = foldName(spelling);
      let from = 0;
      for (;;) {
        const at = text.indexOf(needle, from);
        if (at < 0) break;
        found.push({ kuan, at, end: at + needle.length });
        from = at + needle.length;
      }
    }
  }
  // Longest match first, then drop any match overlapping one already kept.
  found.sort((a, b) => b.end - b.at - (a.end - a.at) || a.at - b.at);
  const kept: typeof found = [];
  for (const f of found) {
    if (kept.some((k) => f.at < k.end && k.at < f.end)) continue;
    kept.push(f);
  }
  return kept.sort((a, b) => a.at - b.at).map(({ kuan, at }) => ({ kuan, at }));
}
