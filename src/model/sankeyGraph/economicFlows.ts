/**
 * 基本支出/项目支出 → 经济分类 类 (→ 款), from the economic tree's one figure per code (economicTree.ts
 * bySpending): a class node is shared by basic and project (302 receives from both), a 款 node likewise.
 * Money a spending total has beyond its printed classes goes to 来源未细分; classes beyond it to a 差额 node. A
 * difference within the printing precision (舍入差异, the checks' rule) is neither: it is recorded as a rounding
 * and said in text under the chart.
 */
import type { Budget, SourceRef } from '../types';
import { dec, sum, toAmount, type Dec } from '../decimal';
import { buildEconomicTree, SPENDINGS, type EconomicNode, type EconomicTree } from '../economicTree';
import { nameEnField } from '../englishName';
import { addLink, addNode, isRoundingGap, issue, rounding, type Builder } from './builder';
import { NODE_IDS, type SankeyDerivation } from './types';

interface Flow {
  code: string;
  name: string;
  nameEn?: string;
  amount: Dec;
  refs: SourceRef[];
  /** One printed row (not a sum of rows, nor of 款). */
  printed: boolean;
}

const flowOf = (n: EconomicNode): Flow => ({
  code: n.code,
  name: n.name,
  ...nameEnField(n.nameEn),
  amount: dec(n.amount),
  refs: [...n.src],
  printed: n.derived === 'printed',
});
const derivation = (f: Flow): SankeyDerivation => (f.printed ? 'printed' : 'sum');

/** Flows of one code merged over basic and project (the node both feed). */
function mergeByCode(flows: readonly Flow[]): Flow[] {
  const out = new Map<string, Flow>();
  for (const f of flows) {
    const cur = out.get(f.code);
    if (!cur) out.set(f.code, { ...f, refs: [...f.refs] });
    else {
      cur.amount = cur.amount.plus(f.amount);
      cur.refs.push(...f.refs);
      cur.printed = false;
      if (!cur.name) {
        cur.name = f.name;
        if (f.nameEn !== undefined) cur.nameEn = f.nameEn;
      }
    }
  }
  return [...out.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/** Do the classes of some spending add up to more than it (then a 差额 node sits left of the spending column)? */
export function economicExceedsSpending(budget: Budget, tree: EconomicTree = buildEconomicTree(budget)): boolean {
  return SPENDINGS.some((s) => sum(tree.bySpending[s].map((c) => c.amount)).greaterThan(dec(budget.expenditure[s])));
}

export function buildEconomic(b: Builder, budget: Budget, spendCol: number, kuan: boolean, tree: EconomicTree = buildEconomicTree(budget)): void {
  const ex = budget.expenditure;
  const classCol = spendCol + 1;
  const drawn: Flow[] = [];
  for (const s of SPENDINGS) {
    const spendingAmount = dec(ex[s]);
    if (!b.nodes.has(NODE_IDS.spending(s))) continue;
    const classes = tree.bySpending[s].map(flowOf).filter((c) => !c.amount.isZero());
    for (const c of classes.filter((x) => x.amount.isNegative())) b.issues.push(issue('NEGATIVE_AMOUNT', c.amount, dec('0'), c.refs, c.code));
    const positive = classes.filter((c) => c.amount.greaterThan(0));
    const classSum = positive.reduce((acc, c) => acc.plus(c.amount), dec('0'));
    for (const c of positive) {
      drawn.push(c);
      addLink(b, NODE_IDS.spending(s), NODE_IDS.economic(c.code), c.amount, derivation(c), c.refs);
    }
    const rest = spendingAmount.minus(classSum);
    const refs = [ex.src, ...positive.flatMap((c) => c.refs)];
    if (
      !rest.isZero() &&
      isRoundingGap(
        spendingAmount,
        positive.map((c) => c.amount),
      )
    ) {
      b.roundings.push(rounding('economic', NODE_IDS.spending(s), spendingAmount, classSum, refs, s));
    } else if (rest.greaterThan(0)) {
      // 来源未细分: the document prints this spending total but not (all of) its economic classes.
      addLink(b, NODE_IDS.spending(s), NODE_IDS.unitemisedEconomic, rest, 'remainder', refs);
    } else if (rest.isNegative()) {
      b.issues.push(issue('ECONOMIC_EXCEEDS_SPENDING', spendingAmount, classSum, refs, s));
      addNode(b, {
        id: NODE_IDS.gapEconomic(s),
        kind: 'gap',
        column: spendCol - 1,
        name: '',
        note: 'economicExceedsSpending',
        spending: s,
        amount: toAmount(rest.negated()),
        derivation: 'remainder',
        refs,
      });
      addLink(b, NODE_IDS.gapEconomic(s), NODE_IDS.spending(s), rest.negated(), 'remainder', refs);
    }
  }
  const classes = mergeByCode(drawn);
  addFlowNodes(b, classes, 'economicClass', classCol);
  addUnitemised(b, NODE_IDS.unitemisedEconomic, 'economicNotItemised', classCol, [ex.src]);
  if (kuan) buildKuan(b, tree, classes, classCol);
}

/**
 * 类 → 款 (30101 …), summed over basic and project (the class node is shared). The 款 column is ordered as the
 * 类 column: each 类's 款 together, by code, then that 类's own 来源未细分 node — so that no 类 → 款 band crosses
 * another (one shared remainder node at the bottom would be fed across the whole column).
 */
function buildKuan(b: Builder, tree: EconomicTree, classes: readonly Flow[], classCol: number): void {
  const kuanCol = classCol + 1;
  // Only the 款 of a spending that is drawn (a spending of 0 has no node, and so no classes).
  const spendings = SPENDINGS.filter((s) => b.nodes.has(NODE_IDS.spending(s)));
  for (const cls of classes) {
    const all = mergeByCode(spendings.flatMap((s) => tree.bySpending[s].filter((c) => c.code === cls.code).flatMap((c) => c.children.map(flowOf))));
    for (const k of all.filter((x) => x.amount.isNegative())) b.issues.push(issue('NEGATIVE_AMOUNT', k.amount, dec('0'), k.refs, k.code));
    const kids = all.filter((k) => k.amount.greaterThan(0));
    const kidsSum = kids.reduce((acc, k) => acc.plus(k.amount), dec('0'));
    for (const k of kids) addLink(b, NODE_IDS.economic(cls.code), NODE_IDS.economic(k.code), k.amount, derivation(k), k.refs);
    addFlowNodes(b, kids, 'economicItem', kuanCol);
    const rest = cls.amount.minus(kidsSum);
    const refs = [...cls.refs, ...kids.flatMap((k) => k.refs)];
    if (
      !rest.isZero() &&
      isRoundingGap(
        cls.amount,
        kids.map((k) => k.amount),
      )
    ) {
      b.roundings.push(rounding('kuan', NODE_IDS.economic(cls.code), cls.amount, kidsSum, refs, cls.code));
    } else if (rest.greaterThan(0)) {
      const id = NODE_IDS.unitemisedKuan(cls.code);
      addLink(b, NODE_IDS.economic(cls.code), id, rest, 'remainder', cls.refs);
      addNode(b, {
        id,
        kind: 'unitemised',
        column: kuanCol,
        name: '',
        code: cls.code,
        note: 'kuanNotItemised',
        amount: toAmount(rest),
        derivation: 'remainder',
        refs: cls.refs,
      });
    } else if (rest.isNegative()) {
      b.issues.push(issue('KUAN_EXCEEDS_CLASS', cls.amount, kidsSum, refs, cls.code));
      addNode(b, {
        id: NODE_IDS.gapKuan(cls.code),
        kind: 'gap',
        column: classCol - 1,
        name: '',
        code: cls.code,
        note: 'kuanExceedsClass',
        amount: toAmount(rest.negated()),
        derivation: 'remainder',
        refs,
      });
      addLink(b, NODE_IDS.gapKuan(cls.code), NODE_IDS.economic(cls.code), rest.negated(), 'remainder', refs);
    }
  }
}

/** 类 or 款 nodes; a node fed by several printed figures (blocks, units, basic and project) is a 'sum'. */
function addFlowNodes(b: Builder, flows: readonly Flow[], kind: 'economicClass' | 'economicItem', column: number): void {
  for (const f of flows) {
    addNode(b, {
      id: NODE_IDS.economic(f.code),
      kind,
      column,
      name: f.name,
      ...nameEnField(f.nameEn),
      code: f.code,
      amount: toAmount(f.amount),
      derivation: f.refs.length > 1 ? 'sum' : 'printed',
      refs: f.refs,
    });
  }
}

/** The 来源未细分 node of a column, sized by the remainders that flow into it (none: no node). */
function addUnitemised(b: Builder, id: string, note: 'economicNotItemised', column: number, refs: SourceRef[]): void {
  const into = b.links.filter((l) => l.target === id);
  if (into.length === 0) return;
  addNode(b, { id, kind: 'unitemised', column, name: '', note, amount: toAmount(sum(into.map((l) => l.amount))), derivation: 'remainder', refs });
}
