/**
 * One colour per 功能分类 类 (3-digit code), the same in every budget and every view, so that a reader who
 * learnt "一般公共服务支出 is blue" in one budget finds it blue in the next. The colours are the Okabe–Ito
 * hues of palette.ts in three tones (as printed, darker, lighter); the 类 that department budgets print
 * most often get the plain hues. Cells below a 类 (款, 项, a project filed under it) take its colour in a
 * lighter or darker shade by rank, so that neighbours still differ. Colour never carries meaning alone:
 * every cell is named in its label, in the list of small items or in the text table, and the legend names
 * each 类 shown.
 */
import { OKABE_ITO, type CellColour } from './palette';

type Hue = Exclude<keyof typeof OKABE_ITO, 'grey'>;
type Tone = 'base' | 'dark' | 'light';

/**
 * 类 code → hue and tone. Codes that appear together in one budget never share a slot (each hue is used
 * once per tone). The rarest 类 of department budgets (外交, 国防, transfers and debt) share slots with
 * others: the legend names them whenever they are shown.
 */
const LEI_SLOTS: Readonly<Record<string, readonly [Hue, Tone]>> = {
  '201': ['blue', 'base'],
  '206': ['orange', 'base'],
  '208': ['green', 'base'],
  '210': ['purple', 'base'],
  '221': ['skyBlue', 'base'],
  '212': ['vermillion', 'base'],
  '213': ['yellow', 'base'],
  '205': ['blue', 'dark'],
  '204': ['orange', 'dark'],
  '207': ['green', 'dark'],
  '211': ['purple', 'dark'],
  '215': ['skyBlue', 'dark'],
  '224': ['vermillion', 'dark'],
  '229': ['yellow', 'dark'],
  '214': ['blue', 'light'],
  '216': ['orange', 'light'],
  '209': ['green', 'light'],
  '220': ['purple', 'light'],
  '222': ['skyBlue', 'light'],
  '217': ['vermillion', 'light'],
  '202': ['blue', 'light'],
  '203': ['orange', 'light'],
  '219': ['green', 'light'],
  '223': ['purple', 'light'],
  '227': ['yellow', 'dark'],
  '230': ['skyBlue', 'light'],
  '231': ['vermillion', 'light'],
  '232': ['vermillion', 'light'],
  '233': ['vermillion', 'light'],
  '234': ['green', 'light'],
};

const HUES: readonly Hue[] = ['blue', 'orange', 'green', 'purple', 'skyBlue', 'vermillion', 'yellow'];
const TONES: readonly Tone[] = ['base', 'dark', 'light'];

function rgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

function hex([r, g, b]: readonly [number, number, number]): string {
  return `#${[r, g, b]
    .map((c) =>
      Math.round(Math.min(255, Math.max(0, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** Mix a colour towards white (t > 0) or black (t < 0) by |t| (0..1). */
export function mix(fill: string, t: number): string {
  const target = t >= 0 ? 255 : 0;
  const a = Math.abs(t);
  const [r, g, b] = rgb(fill);
  return hex([r + (target - r) * a, g + (target - g) * a, b + (target - b) * a]);
}

/** WCAG 2 relative luminance. */
function luminance(fill: string): number {
  const [r, g, b] = rgb(fill)
    .map((c) => c / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Black or white, whichever contrasts more with the fill (every fill here reaches 4.5:1 with one). */
export function textOn(fill: string): string {
  const l = luminance(fill);
  return 1.05 / (l + 0.05) >= (l + 0.05) / 0.05 ? '#ffffff' : '#000000';
}

const TONE_MIX: Record<Tone, number> = { base: 0, dark: -0.4, light: 0.5 };

/** A 类 code not in the table (a new classification) still gets a stable slot, from its digits. */
function slotOf(code: string): readonly [Hue, Tone] {
  const known = LEI_SLOTS[code];
  if (known) return known;
  const n = [...code].reduce((acc, ch) => acc * 31 + ch.charCodeAt(0), 7);
  return [HUES[n % HUES.length] ?? 'blue', TONES[Math.floor(n / HUES.length) % TONES.length] ?? 'base'];
}

/** The colour of a 类 (its legend swatch and its own cell). */
export function leiFill(lei: string): string {
  const [hue, tone] = slotOf(lei);
  return mix(OKABE_ITO[hue], TONE_MIX[tone]);
}

/**
 * Shades for the cells below a 类, by rank among siblings: the 类's colour first, then lighter and darker
 * steps (a light tone steps darker first, so that no shade fades into the white page).
 */
const SHADES = [0, 0.22, -0.22, 0.4, -0.36] as const;

function shadeOf(fill: string, rank: number, light: boolean): string {
  const s = SHADES[((rank % SHADES.length) + SHADES.length) % SHADES.length] ?? 0;
  return mix(fill, light ? -Math.abs(s) : s);
}

/**
 * The fill of a cell in the treemap: a 类's own cell in its colour; a cell below it (款, 项, project) in a
 * shade of it by rank among its siblings; a cell of no single 类 (a sub-unit whose projects span several,
 * a project the document files under no 功能分类) in grey, shaded the same way.
 */
export function leiCellColour(lei: string | null, rank: number, below: boolean): CellColour {
  const base = lei === null ? NO_LEI_FILL : leiFill(lei);
  const light = lei !== null && slotOf(lei)[1] === 'light';
  const fill = below || lei === null ? shadeOf(base, rank, light) : base;
  return { fill, text: textOn(fill) };
}

/** Cells of no single 类: a mid grey (not the light hatched grey of 来源未细分). */
export const NO_LEI_FILL = '#8f8f8f';
