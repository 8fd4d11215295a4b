/** The source trail (出处链接) and printing: the words of links to the source view, in each language. Part of zh.ts / en.ts. */
export interface TrailWords {
  /** The link from a table's source note to the source view (查看原文). */
  noteLink: string;
  /** The CSV column holding each row's source-view address. */
  csvColumn: string;
  /** The line under an exported image: where its source lines can be read. */
  exportCredit: (url: string) => string;
  /** The exported image's data line: the CSV files of the lines drawn. */
  exportData: (urls: string) => string;
  /** The embed credit's link to the cited document (原文). */
  embedLink: string;
  /** A page marker in the source view, where the text has page breaks (第 N 页). */
  pageMarker: (page: number) => string;
  /** The page the cited lines are on. */
  citedPage: (first: number, last: number) => string;
  /** The link to the department's own publication of the document (原文出处). */
  officialPublication: string;
  /** After the publication link: which page to open. */
  officialPage: (page: number) => string;
  /** Printed budget page: the heading of the list of sources. */
  printSources: string;
  /** Printed budget page: one source (document and the page address). */
  printSourceDoc: (file: string) => string;
  printPageAddress: string;
}
