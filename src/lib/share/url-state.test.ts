// The two halves of what a shared address keeps (view-state.ts, sort-state.ts), alone and together.
import { describe, expect, it } from 'vitest';
import { readSort, writeSort } from './sort-state.ts';
import { readView, writeView } from './view-state.ts';

describe('url state', () => {
  it('reads the view, treating anything unknown as both', () => {
    expect(readView('?view=table')).toBe('table');
    expect(readView('?view=chart')).toBe('chart');
    expect(readView('?view=<script>')).toBe('both');
    expect(readView('')).toBe('both');
  });
  it('writes the view, keeping other parameters and leaving the default out', () => {
    expect(writeView('?sort=name-asc', 'table')).toBe('?sort=name-asc&view=table');
    expect(writeView('?view=table', 'both')).toBe('');
  });
  it('reads and writes a sort of a known shape only', () => {
    expect(readSort('?sort=name-desc')).toEqual({ key: 'name', direction: 'desc' });
    expect(readSort('?sort=data-order-asc')).toEqual({ key: 'data-order', direction: 'asc' });
    expect(readSort('?sort=name')).toBeUndefined();
    expect(readSort('?sort=Name-up')).toBeUndefined();
    expect(writeSort('?view=chart', { key: 'status', direction: 'asc' })).toBe('?view=chart&sort=status-asc');
    expect(writeSort('?sort=status-asc', undefined)).toBe('');
  });
  it('round-trips both together', () => {
    const s = writeSort(writeView('', 'table'), { key: 'order', direction: 'desc' });
    expect(readView(s)).toBe('table');
    expect(readSort(s)).toEqual({ key: 'order', direction: 'desc' });
  });
});
