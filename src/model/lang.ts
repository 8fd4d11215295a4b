/** The interface languages: Chinese first, English. Budget lines stay as printed in both. */
export type Lang = 'zh' | 'en';
