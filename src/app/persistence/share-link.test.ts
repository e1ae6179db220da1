import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { newPlan } from '../store/new-plan';
import { DEFAULT_VIEW } from '../store/view-state';
import { decodeShare, encodeShare, shareUrl } from './share-link';

describe('share links', () => {
  it('round-trip the plan and the view', () => {
    const plan = newPlan('2027-01-01', 'HQ');
    const view = { ...DEFAULT_VIEW, asOfDay: 400, filterText: 'context', sorting: [{ id: 'feature', desc: true }] };
    const url = shareUrl('https://example.test/app/?x=1', plan, view);
    expect(url.startsWith('https://example.test/app/?x=1#share=')).toBe(true);
    const decoded = decodeShare(new URL(url).hash);
    expect(decoded).toEqual({ kind: 'ok', plan, view });
  });

  it('restore a damaged view field to its default but keep the rest', () => {
    const plan = newPlan('2027-01-01');
    const hash = `#share=${compressToEncodedURIComponent(JSON.stringify({ plan, view: { asOfDay: -5, filterText: 'vpn' } }))}`;
    const decoded = decodeShare(hash);
    expect(decoded.kind === 'ok' && decoded.view).toMatchObject({ asOfDay: 0, filterText: 'vpn' });
  });

  it('report a plan the engine rejects with its messages', () => {
    const hash = `#share=${compressToEncodedURIComponent(JSON.stringify({ plan: { format: 'other' } }))}`;
    const decoded = decodeShare(hash);
    expect(decoded.kind).toBe('bad');
    expect(decoded.kind === 'bad' && decoded.messages[0]).toMatch(/format/);
  });

  it('ignore other fragments', () => {
    expect(decodeShare('')).toEqual({ kind: 'none' });
    expect(decodeShare('#main')).toEqual({ kind: 'none' });
    expect(encodeShare(newPlan('2027-01-01'), DEFAULT_VIEW).startsWith('#share=')).toBe(true);
  });
});

describe('share links of the comparison view', () => {
  it('carry both compared plans and the comparison selection', () => {
    const a = newPlan('2027-01-01', 'Before');
    const b = { ...newPlan('2027-01-01', 'After'), purchaseLeadDays: 60 };
    const view = { ...DEFAULT_VIEW, asOfDay: 12, selectedUnit: 1, filterSource: 'combined' as const, cappedOnly: true, compare: { a: 'p-1', b: 'p-2', date: '2028-02-01', onlyChanges: true } };
    const url = shareUrl('https://example.test/?view=compare', a, view, { a, b });
    expect(new URL(url).searchParams.get('view')).toBe('compare');
    expect(decodeShare(new URL(url).hash)).toEqual({ kind: 'ok', plan: a, view, compare: { a, b } });
  });

  it('drop a comparison whose plans cannot be read, keeping the plan', () => {
    const plan = newPlan('2027-01-01');
    const hash = `#share=${compressToEncodedURIComponent(JSON.stringify({ plan, view: {}, compare: { a: plan, b: { format: 'x' } } }))}`;
    const decoded = decodeShare(hash);
    expect(decoded.kind).toBe('ok');
    expect(decoded.kind === 'ok' && decoded.compare).toBeUndefined();
  });
});
