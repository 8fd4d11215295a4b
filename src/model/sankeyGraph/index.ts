// Budget → Sankey graph (buildSankeyGraph.ts); the types and node ids the layout and the chart read.
export * from './types';
export { buildSankeyGraph, linkShareOfSource, nodeFlows } from './buildSankeyGraph';
export { dropPassThroughColumns, type FoldedSankeyGraph, type SankeyFold } from './passThrough';
export { roundingCheckOf } from './roundingCheck';
