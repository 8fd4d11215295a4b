import { describe, expect, it } from 'vitest';
import { buildExportSvg, escapeXml, exportFileName, layoutExport, stackSvgs } from '../../../src/charts/export/svgExport';

const CHART =
  '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="360" viewBox="0 0 600 360" stroke-width="1">' +
  '<rect width="600" height="360" fill="#0072b2"/><text x="4" y="14">科学技术支出</text></svg>';
const TEXT = {
  title: '广州市海珠区政务服务数据管理局 2021 · 矩形树图',
  subtitle: '单位：万元',
  credit: '来源：广州市海珠区政务服务数据管理局 2021 年部门预算，原文文件 001_bd808bb9d23333dc.txt · 预算透视',
  width: 600,
  height: 360,
};

/** The attributes of the first tag named `tag` (a small reader for our own output). */
function attrs(svg: string, tag: string, nth = 0): Record<string, string> {
  const m = [...svg.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'g'))][nth];
  return Object.fromEntries([...(m?.[1] ?? '').matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]]));
}

describe('buildExportSvg', () => {
  const out = buildExportSvg(CHART, TEXT);
  const layout = layoutExport(TEXT);

  it('is one standalone SVG sized to hold the chart, the title and the credit', () => {
    expect(out.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(out.trimEnd().endsWith('</svg>')).toBe(true);
    const root = attrs(out, 'svg', 0);
    expect(root.width).toBe(String(600 + 32));
    expect(root.height).toBe(String(layout.height));
    expect(root.viewBox).toBe(`0 0 ${632} ${layout.height}`);
    expect(layout.height).toBeGreaterThan(360 + 24 + 16);
  });

  it('draws the title, the unit and the credit as text', () => {
    expect(out).toContain(`<title>${TEXT.title}</title>`);
    expect(out).toContain(`>${TEXT.title}</text>`);
    expect(out).toContain('>单位：万元</text>');
    // The credit may wrap; all of its characters are there in order.
    const texts = [...out.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join('');
    expect(texts.replace(/\s/g, '')).toContain(TEXT.credit.replace(/\s/g, ''));
  });

  it('places the chart between title and credit at its own size, keeping its content', () => {
    const chart = attrs(out, 'svg', 1);
    expect(chart).toMatchObject({
      x: String(layout.chart.x),
      y: String(layout.chart.y),
      width: '600',
      height: '360',
      viewBox: '0 0 600 360',
      'stroke-width': '1',
    });
    expect(out).toContain('<rect width="600" height="360" fill="#0072b2"/><text x="4" y="14">科学技术支出</text></svg>');
    const titleY = Number(attrs(out, 'text', 0).y);
    const lastText = [...out.matchAll(/<text x="16" y="(\d+)"/g)].map((m) => Number(m[1])).at(-1)!;
    expect(titleY).toBeLessThan(layout.chart.y);
    expect(lastText).toBeGreaterThan(layout.chart.y + 360);
    expect(lastText).toBeLessThan(layout.height);
  });

  it('wraps a long title to the image width instead of cutting it', () => {
    const narrow = layoutExport({ ...TEXT, width: 268, height: 300 });
    expect(narrow.width).toBe(300);
    expect(narrow.titleLines.length).toBeGreaterThan(1);
    expect(narrow.titleLines.join('').replace(/\s/g, '')).toBe(TEXT.title.replace(/\s/g, ''));
  });

  it('escapes names from the data: no markup gets in', () => {
    const hostile = '<img src=x onerror=window.__pwned=1> & "q" \u0007';
    const s = buildExportSvg(CHART, { ...TEXT, title: hostile, credit: hostile });
    expect(s).not.toContain('<img');
    expect(s).toContain('&lt;img src=x onerror=window.__pwned=1&gt; &amp; &quot;q&quot;');
    expect(s).not.toContain('\u0007');
    expect(escapeXml(`a<b>&'"`)).toBe('a&lt;b&gt;&amp;&apos;&quot;');
  });

  it('accepts a serialized chart with an XML prolog, and refuses what is not an <svg>', () => {
    expect(attrs(buildExportSvg(`<?xml version="1.0"?>\n${CHART}`, TEXT), 'svg', 1).width).toBe('600');
    expect(() => buildExportSvg('<div>no</div>', TEXT)).toThrow(/not an <svg>/);
    expect(() => buildExportSvg(CHART, { ...TEXT, width: 0 })).toThrow(/width/);
    expect(() => buildExportSvg(CHART, { ...TEXT, height: Number.NaN })).toThrow(/height/);
  });
});

describe('the legend in an exported image', () => {
  const legend = {
    title: '颜色：功能分类（类）',
    items: [
      { fill: '#d55e00', label: '212 城乡社区支出' },
      { fill: '#e69f00', label: '206 科学技术支出' },
      { fill: '#56b4e9', label: '221 住房保障支出' },
      { fill: '#8f8f8f', label: '其他（不属于单一的类）'.repeat(4) },
    ],
  };
  const withLegend = { ...TEXT, width: 300, legend };
  const l = layoutExport(withLegend);
  const svg = buildExportSvg(CHART.replace('width="600"', 'width="300"'), withLegend);

  it('draws every entry with its colour between the chart and the credit, in the image width', () => {
    for (const it of legend.items.slice(0, 3)) {
      expect(svg).toContain(`fill="${it.fill}"`);
      expect(svg).toContain(`>${it.label}</text>`);
    }
    expect(svg).toContain(`>${legend.title}</text>`);
    const chartBottom = l.chart.y + l.chart.height;
    for (const it of l.legendItems) {
      expect(it.y).toBeGreaterThanOrEqual(chartBottom);
      expect(it.x).toBeGreaterThanOrEqual(16);
      expect(it.x).toBeLessThan(l.width - 16);
    }
    // The credit comes after the legend's last line, and the image grows by the legend's height.
    expect(l.height).toBe(layoutExport({ ...withLegend, legend: undefined }).height + l.legendHeight);
    expect(svg.indexOf(`>${legend.items[2]!.label}<`)).toBeLessThan(svg.lastIndexOf(TEXT.credit.slice(0, 8)));
  });

  it('wraps a label longer than the line onto its own lines, the swatch on the first', () => {
    const long = l.legendItems.filter((it) => !legend.items.slice(0, 3).some((x) => x.label === it.label));
    expect(long.length).toBeGreaterThan(1);
    expect(long[0]!.fill).toBe('#8f8f8f');
    expect(long.slice(1).every((it) => it.fill === '')).toBe(true);
    expect(long.map((it) => it.label).join('')).toBe(legend.items[3]!.label);
  });
});

describe('stackSvgs', () => {
  it('returns a single uncaptioned part as it is', () => {
    const one = { svg: CHART, width: 600, height: 360 };
    expect(stackSvgs([one])).toBe(one);
  });

  it('puts parts one under the other with their captions', () => {
    const a = { svg: CHART, width: 340, height: 300, caption: '① 收入' };
    const b = { svg: CHART.replace('width="600"', 'width="320"'), width: 320, height: 200, caption: '② 支出' };
    const s = stackSvgs([a, b]);
    expect(s.width).toBe(340);
    expect(s.height).toBe(20 + 300 + 10 + 20 + 200);
    expect(attrs(s.svg, 'svg', 1)).toMatchObject({ x: '0', y: '20', width: '340', height: '300' });
    expect(attrs(s.svg, 'svg', 2)).toMatchObject({ x: '0', y: String(20 + 300 + 10 + 20), width: '320', height: '200' });
    expect(s.svg).toContain('>① 收入</text>');
    expect(() => stackSvgs([])).toThrow();
  });
});

describe('exportFileName', () => {
  it('is ASCII, names budget, view and drill level', () => {
    expect(exportFileName('haizhu-data-bureau-2021', 'treemap', 'png', '20601')).toBe('haizhu-data-bureau-2021-treemap-20601.png');
    expect(exportFileName('001', 'sankey', 'svg')).toBe('001-sankey.svg');
    expect(exportFileName('001', 'treemap', 'svg', 'unit:海珠/<x>')).toBe('001-treemap-unit_____x_.svg');
  });
});
