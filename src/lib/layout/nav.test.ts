import { describe, expect, it } from 'vitest';
import { currentNav } from './nav.ts';

describe('currentNav', () => {
  it('marks a section index as the current page', () => {
    expect(currentNav('/reports/')).toEqual({ href: '/reports/', current: 'page' });
  });
  it('marks a page inside a section as being in that section', () => {
    expect(currentNav('/guides/disability-card/')).toEqual({ href: '/guides/', current: 'true' });
  });
  it('accepts a path without trailing slash', () => {
    expect(currentNav('/data')).toEqual({ href: '/data/', current: 'page' });
  });
  it('marks nothing on pages outside the navigation', () => {
    expect(currentNav('/')).toBeUndefined();
    expect(currentNav('/orgs/lishui/')).toBeUndefined();
  });
});
