/** A file size for a download link: "624 KB", "1.9 MB" (display only; the manifest keeps exact bytes). */
import type { Lang } from '../../model/lang';

export function formatBytes(bytes: number, lang: Lang): string {
  const locale = lang === 'en' ? 'en' : 'zh-CN';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(bytes / 1024)} KB`;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`;
}
