import { describe, expect, it } from 'vitest';
import { SMART_MODELS } from '../catalog/smart/index';
import { contextLicenseForTotal, contextTotalOf } from './context-total';

const m = (id: keyof typeof SMART_MODELS, n = 1) => Array.from({ length: n }, () => SMART_MODELS[id]);

describe('contexts asked as the total (001 §"ASA Cluster Licenses for the Firepower 4100/9300")', () => {
  it('3-unit Firepower 4110 cluster running 60: 30 licensed, not 50', () => {
    expect(contextLicenseForTotal(m('fpr-4110', 3), 60)).toMatchObject({ license: 30, total: 60, overLimit: false, arithmetic: '10 + 10 + 10 included + 30 licensed = 60' });
  });
  it('Firepower 2110 standalone running 25: enter 23 (001: "to use the maximum of 25 contexts on the Firepower 2110, enter 23")', () => {
    expect(contextLicenseForTotal(m('fpr-2110'), 25)).toMatchObject({ license: 23, total: 25, arithmetic: '2 included + 23 licensed = 25' });
  });
  it('a total within what is included needs no license', () => {
    expect(contextLicenseForTotal(m('fpr-4110', 2), 15)).toMatchObject({ license: 0, total: 20 });
  });
  it('above the platform limit: the largest useful license, flagged', () => {
    const t = contextLicenseForTotal(m('fpr-2110'), 40)!;
    expect(t).toMatchObject({ license: 23, total: 25, overLimit: true });
  });
  it('reads a stored license back as the total, capped at the platform limit', () => {
    expect(contextTotalOf(m('fpr-4110', 3), 30)!.total).toBe(60);
    expect(contextTotalOf(m('fpr-2110'), 30)).toMatchObject({ total: 25, overLimit: true, arithmetic: '2 included + 30 licensed = 32, capped at the platform limit of 25' });
    expect(contextTotalOf(m('fpr-1010'), 0)).toBeNull();
  });
});
