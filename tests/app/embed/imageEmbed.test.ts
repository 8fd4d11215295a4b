/**
 * The static image embed (src/app/embed/imageEmbed.ts): the snippet a journalist pastes where iframes are
 * stripped — the budget's preview picture in a link to its page — with alt text from the model, every value
 * escaped (names come from data files, and the snippet goes into someone else's page).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildImageSnippet,
  CATALOG_PREVIEW_PATH,
  comparePreviewPath,
  departmentPreviewPath,
  imageAlt,
  previewImagePath,
  previewImageUrl,
  regionPreviewPath,
} from '../../../src/app/embed/imageEmbed';
import { en } from '../../../src/app/i18n/en';
import { zh } from '../../../src/app/i18n/zh';
import type { Budget, BudgetIndex } from '../../../src/model/types';

const dir = join(process.cwd(), 'public', 'data');
const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as BudgetIndex;
const budgetOf = (id: string) => JSON.parse(readFileSync(join(dir, index.budgets.find((e) => e.id === id)!.file), 'utf8')) as Budget;
const haizhu = budgetOf('haizhu-data-bureau-2021');

describe('image embed', () => {
  it('says the budget, its total with the unit as printed, and its largest 类 with its amount', () => {
    expect(imageAlt(haizhu, zh)).toBe('广州市海珠区政务服务数据管理局 2021 部门预算：支出总计 5,921.56 万元，最大的一类是 206 科学技术支出 5,411.72 万元。');
    const alt = imageAlt(haizhu, en);
    expect(alt).toMatch(/^[^\u4e00-\u9fff]*$/);
    expect(alt).toContain('5,921.56 ×10,000 yuan');
    expect(alt).toContain('206 Science and technology');
  });

  it('describes the English picture in its unit: million yuan, every printed digit kept', () => {
    const alt = imageAlt(haizhu, en, 'million');
    expect(alt).toContain('total spending 59.2156 million yuan');
    expect(alt).toContain('206 Science and technology 54.1172 million yuan');
    expect(alt).not.toContain('×10,000');
    // A budget printed in 元: the point moves six places, nothing rounded away.
    const putuo = budgetOf('putuo-jiansheheguanliweiyuanhui-ee9982-2026');
    expect(imageAlt(putuo, en, 'million')).toContain('3,286.61808220 million yuan');
  });

  it('gives the picture in a link, at its size, shrinking to the column', () => {
    expect(buildImageSnippet({ href: 'https://example.org/b/#/budget/x/treemap', src: 'https://example.org/b/preview/x.png', alt: 'A' })).toBe(
      '<a href="https://example.org/b/#/budget/x/treemap"><img src="https://example.org/b/preview/x.png" alt="A" width="1200" height="630" style="max-width:100%;height:auto"></a>',
    );
  });

  it('escapes a department name holding markup or quotes, in the alt text and everywhere else', () => {
    const hostile = { ...haizhu, department: '<script>alert("x")</script> & \'局\'' };
    const snippet = buildImageSnippet({ href: 'https://e.org/?a=1&b="2"', src: 'https://e.org/p.png?"><script>', alt: imageAlt(hostile, zh) });
    expect(snippet).not.toContain('<script>');
    expect(snippet).toContain('alt="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;局&#39; 2021 部门预算');
    expect(snippet).toContain('href="https://e.org/?a=1&amp;b=&quot;2&quot;"');
    expect(snippet).toContain('src="https://e.org/p.png?&quot;&gt;&lt;script&gt;"');
    // Exactly one element of each kind: nothing from the data closed the tag or opened another.
    expect(snippet.match(/</g)).toHaveLength(3);
  });

  it('finds the picture under the site root, from the root page or a static page (its <base>)', () => {
    expect(previewImagePath('haizhu-data-bureau-2021')).toBe('preview/haizhu-data-bureau-2021.png');
    expect(previewImageUrl('https://example.org/budgets/#/budget/x/treemap', 'x')).toBe('https://example.org/budgets/preview/x.png');
    expect(previewImageUrl('https://example.org/budgets/index.html', 'x')).toBe('https://example.org/budgets/preview/x.png');
  });

  it('names the English picture beside the Chinese one, and every other page’s picture in a folder of its own', () => {
    expect(previewImagePath('haizhu-data-bureau-2021', 'zh')).toBe('preview/haizhu-data-bureau-2021.png');
    expect(previewImagePath('haizhu-data-bureau-2021', 'en')).toBe('preview/haizhu-data-bureau-2021.en.png');
    expect(previewImageUrl('https://example.org/budgets/', 'x', 'en')).toBe('https://example.org/budgets/preview/x.en.png');
    expect(departmentPreviewPath('haizhu-data-bureau')).toBe('preview/department/haizhu-data-bureau.png');
    expect(regionPreviewPath('海珠区', 2021)).toBe(`preview/region/${encodeURIComponent('海珠区')}/2021.png`);
    expect(comparePreviewPath(['a-2021', 'a-2025'])).toBe('preview/compare/a-2021/a-2025.png');
    expect(CATALOG_PREVIEW_PATH).toBe('preview/catalog/index.png');
    // No budget id names a folder's picture: a budget's is a file directly in preview/.
    expect(previewImagePath('department')).toBe('preview/department.png');
  });
});
