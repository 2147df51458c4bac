import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  SETTINGS,
  STORAGE_KEY,
  TEXT_SIZES,
  attributesFor,
  parseSettings,
  serializeSettings,
  type SettingName,
} from './display-settings.ts';

/** Runs public/settings-boot.js against a fake document and storage; returns the attributes it set. */
function boot(stored: string | null): Record<string, string> {
  const attrs: Record<string, string> = {};
  const context = {
    document: { documentElement: { setAttribute: (k: string, v: unknown) => (attrs[k] = String(v)) } },
    localStorage: { getItem: (k: string) => (k === STORAGE_KEY ? stored : null) },
  };
  runInNewContext(readFileSync('public/settings-boot.js', 'utf8'), context);
  return attrs;
}

describe('parseSettings', () => {
  it('keeps allowed values', () => {
    expect(parseSettings('{"text":"200","contrast":"high","elder":"on"}')).toEqual({
      text: '200',
      contrast: 'high',
      elder: 'on',
    });
  });
  it('drops unknown keys, wrong values and wrong types', () => {
    expect(parseSettings('{"text":"300","contrast":"HIGH","elder":true,"x":"on","motion":["reduce"]}')).toEqual({});
  });
  it('returns no settings for nothing, bad JSON or non-objects', () => {
    for (const raw of [null, undefined, '', '{', 'null', '[]', '"high"', '5']) expect(parseSettings(raw)).toEqual({});
  });
});

describe('serializeSettings', () => {
  it('stores only chosen values', () => {
    expect(serializeSettings({ text: '150', spacing: 'large' })).toBe('{"text":"150","spacing":"large"}');
  });
  it('returns null when everything is default, so the key is removed', () => {
    expect(serializeSettings({})).toBeNull();
  });
});

describe('attributesFor', () => {
  it('lists every attribute, null for defaults', () => {
    expect(attributesFor({ motion: 'reduce' })).toEqual([
      ['data-text', null],
      ['data-contrast', null],
      ['data-spacing', null],
      ['data-elder', null],
      ['data-motion', 'reduce'],
      ['data-cursor', null],
      ['data-guide', null],
      ['data-textonly', null],
    ]);
  });
  it('offers at least four text sizes up to 200%', () => {
    expect(TEXT_SIZES.length).toBeGreaterThanOrEqual(5);
    expect(TEXT_SIZES.at(-1)).toBe('200');
  });
});

describe('public/settings-boot.js', () => {
  it('marks that JavaScript runs even with nothing stored', () => {
    expect(boot(null)).toEqual({ 'data-js': '' });
    expect(boot('not json')).toEqual({ 'data-js': '' });
  });
  it('accepts exactly the values the settings module allows', () => {
    for (const name of Object.keys(SETTINGS) as SettingName[]) {
      const { attr, values } = SETTINGS[name];
      for (const value of values) expect(boot(JSON.stringify({ [name]: value }))[attr]).toBe(value);
      for (const bad of ['', 'x', `${values[0]} `, `"${values[0]}`, '100', 'off']) {
        expect(boot(JSON.stringify({ [name]: bad }))[attr]).toBeUndefined();
      }
    }
  });
  it('stays tiny', () => {
    expect(readFileSync('public/settings-boot.js').length).toBeLessThan(800);
  });
});
