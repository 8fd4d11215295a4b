/** The compare bars' scale and the catalog's compare dock in Chinese. Part of zh.ts. */
import type { CompareScaleWords } from './compareScaleWords';

export const compareScaleZh: CompareScaleWords = {
  shared: (sections, step, unit) => `同一比例尺（${sections}各节相同，条形长度可互相比较）：每格 ${step} ${unit}`,
  own: (step, unit) => `本节单独比例尺（数额远小于其他各节，条形长度不可与其他各节相比）：每格 ${step} ${unit}`,
  chartNote: (unit) => `每节条形图上方的刻度标明其比例尺；每条后为金额（${unit}）与占比。`,
  dockLabel: '比较所选预算',
  dockCount: (n) => `已选 ${n} 份`,
  dockClear: '清除选择',
};
