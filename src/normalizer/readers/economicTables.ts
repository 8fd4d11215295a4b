// Stub: to be written by the owner of this reader (see registry.ts).
import type { TableReader } from '../facts';
import { ok } from '../result';
export const readBasicByEconomic: TableReader = () => ok({});
export const readProjectByEconomic: TableReader = () => ok({});
export const readGoodsServicesByUnit: TableReader = () => ok({});
