import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EnglishLookup, nameKey, parseEnglishNames } from '../../src/normalizer/englishNames';

const empty = { functional: {}, economic: {}, organisations: {}, regions: {} };

describe('parseEnglishNames', () => {
  it('reads the committed data/names-en.json', () => {
    const parsed = parseEnglishNames(JSON.parse(readFileSync('data/names-en.json', 'utf8')));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.functional.get('行政运行')).toBe('Administrative operations');
    expect(parsed.value.regions.get('海珠区')).toBe('Haizhu District');
  });

  it.each([
    [null, 'expected an object'],
    [{ ...empty, regions: [] }, '"regions": expected an object'],
    [{ functional: {}, economic: {}, organisations: {} }, '"regions": expected an object'],
    [{ ...empty, economic: { 基本工资: '' } }, '"economic" → "基本工资": the English name must be a non-empty string'],
    [{ ...empty, economic: { 基本工资: 7 } }, '"economic" → "基本工资": the English name must be a non-empty string'],
    [{ ...empty, organisations: { 某局: '<img src=x onerror=alert(1)>' } }, 'may not contain < or >'],
    [{ ...empty, functional: { '维修（护）费': 'a', '维修(护)费': 'b' } }, 'written twice'],
  ])('refuses %j with a message naming the entry', (json, message) => {
    const parsed = parseEnglishNames(json);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain(message);
  });
});

describe('EnglishLookup', () => {
  const parsed = parseEnglishNames({ ...empty, economic: { '维修（护）费': 'Repairs and maintenance' } });
  if (!parsed.ok) throw new Error(parsed.reason);

  it('matches a printed name whatever its spaces and parenthesis width', () => {
    const lookup = new EnglishLookup(parsed.value);
    expect(lookup.get('economic', '维修(护)费')).toBe('Repairs and maintenance');
    expect(lookup.get('economic', ' 维修 （护） 费 ')).toBe('Repairs and maintenance');
    expect(nameKey('维修 （护）费')).toBe('维修(护)费');
  });

  it('gives no English for a misprint or an unknown name, and lists it', () => {
    const lookup = new EnglishLookup(parsed.value);
    expect(lookup.field('economic', '维修费')).toEqual({});
    expect(lookup.get('functional', '社会保障和就业出')).toBeUndefined();
    expect([...lookup.missing.economic]).toEqual(['维修费']);
    expect([...lookup.missing.functional]).toEqual(['社会保障和就业出']);
  });
});
