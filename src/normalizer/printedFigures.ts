import type { Facts, PrintedTotal } from './facts';
import { projectKey } from './readers/keyProjects';

/** Figures that several tables (or the prose) print under the same key. */
export function printedFigures(facts: Facts): PrintedTotal[] {
  // The main tables' figures first: the prose and the other tables are compared against them.
  const out: PrintedTotal[] = [];
  const e = facts.expenditure;
  if (e) {
    out.push({ key: 'expenditure.total', amount: e.total, src: e.src });
    out.push({ key: 'expenditure.basic', amount: e.basic, src: e.src });
    out.push({ key: 'expenditure.project', amount: e.project, src: e.src });
  }
  for (const r of facts.functional ?? []) {
    if (r.level === 'lei' && r.unit === undefined) out.push({ key: `functional.${r.code}`, amount: r.total, src: r.src });
  }
  for (const i of facts.income ?? []) out.push({ key: `income.${i.key}`, amount: i.amount, src: i.src });
  const tp = facts.threePublic;
  if (tp) {
    for (const part of ['total', 'outbound', 'vehicle', 'vehiclePurchase', 'vehicleOperation', 'reception', 'meeting', 'adminCost'] as const) {
      const a = tp[part];
      if (a !== undefined) out.push({ key: `threePublic.${part}`, amount: a, src: tp.src });
    }
  }
  const pr = facts.procurement;
  if (pr) {
    out.push({ key: 'procurement.total', amount: pr.total, src: pr.src });
    for (const part of ['goods', 'works', 'services'] as const) {
      const a = pr[part];
      if (a !== undefined) out.push({ key: `procurement.${part}`, amount: a, src: pr.partsSrc?.[part] ?? pr.src });
    }
  }
  // 重点项目 in the prose are compared with the project table by name — only names printed once:
  // two units may each have a project of the same name (002: 综合业务经费), which are not one figure.
  const projects = facts.projects ?? [];
  const count = new Map<string, number>();
  for (const p of projects) count.set(projectKey(p.name), (count.get(projectKey(p.name)) ?? 0) + 1);
  for (const p of projects) if (count.get(projectKey(p.name)) === 1) out.push({ key: projectKey(p.name), amount: p.amount, src: p.src });
  out.push(...(facts.printedTotals ?? []));
  return out;
}
