// The PAK catalog against 000 §"Licenses Per Model", value for value.
import { describe, expect, it } from 'vitest';
import { PAK_MODEL_IDS } from '../../types';
import { PAK_MODELS } from './index';
import type { FeatureId } from '../../types';
import type { FeatureSpec, PakModel } from '../types';

const row = (m: PakModel, tier: 'base' | 'security-plus', f: FeatureId): FeatureSpec | undefined => m.tiers[tier]?.features[f];

describe('PAK catalog', () => {
  it('has every PAK model id of the spec', () => {
    expect(Object.keys(PAK_MODELS).sort()).toEqual([...PAK_MODEL_IDS].sort());
  });

  it.each([
    // model, tier, conns, vlans, other VPN, total VPN, AnyConnect max
    ['asa-5506-x', 'base', 20_000, 5, 10, 50, 50],
    ['asa-5506-x', 'security-plus', 50_000, 30, 50, 50, 50],
    ['asa-5506w-x', 'security-plus', 50_000, 30, 50, 50, 50],
    ['asa-5506h-x', 'base', 50_000, 30, 50, 50, 50],
    ['asa-5508-x', 'base', 100_000, 50, 100, 100, 100],
    ['asa-5512-x', 'base', 100_000, 50, 250, 250, 250],
    ['asa-5512-x', 'security-plus', 250_000, 100, 250, 250, 250],
    ['asa-5515-x', 'base', 250_000, 100, 250, 250, 250],
    ['asa-5516-x', 'base', 250_000, 150, 300, 300, 300],
    ['asa-5525-x', 'base', 500_000, 200, 750, 750, 750],
    ['asa-5545-x', 'base', 750_000, 300, 2500, 2500, 2500],
    ['asa-5555-x', 'base', 1_000_000, 500, 5000, 5000, 5000],
    ['asa-5585-x-ssp-10', 'base', 1_000_000, 1024, 5000, 5000, 5000],
    ['asa-5585-x-ssp-20', 'security-plus', 2_000_000, 1024, 10_000, 10_000, 10_000],
    ['asa-5585-x-ssp-40', 'base', 4_000_000, 1024, 10_000, 10_000, 10_000],
    ['asa-5585-x-ssp-60', 'base', 10_000_000, 1024, 10_000, 10_000, 10_000],
    ['asasm', 'base', 10_000_000, 1000, 10_000, 10_000, 10_000],
    ['isa-3000', 'base', 20_000, 5, 10, 25, 25],
    ['isa-3000', 'security-plus', 50_000, 25, 50, 50, 25],
  ] as const)('%s %s: %i conns, %i VLANs, %i other / %i total VPN, AnyConnect up to %i', (id, tier, conns, vlans, other, total, ac) => {
    const m = PAK_MODELS[id];
    expect(row(m, tier, 'firewall-conns')?.default).toBe(conns);
    expect(row(m, tier, 'vlans')?.default).toBe(vlans);
    expect(row(m, tier, 'other-vpn-peers')?.default).toBe(other);
    expect(row(m, tier, 'total-vpn-peers')?.default).toBe(total);
    expect(row(m, tier, 'anyconnect-peers')).toMatchObject({ default: 0, upTo: ac, limit: ac });
  });

  it.each([
    ['asa-5508-x', 'base', 2, [5]],
    ['asa-5512-x', 'security-plus', 2, [5]],
    ['asa-5515-x', 'base', 2, [5]],
    ['asa-5516-x', 'base', 2, [5]],
    ['asa-5525-x', 'base', 2, [5, 10, 20]],
    ['asa-5545-x', 'base', 2, [5, 10, 20, 50]],
    ['asa-5555-x', 'base', 2, [5, 10, 20, 50, 100]],
    ['asa-5585-x-ssp-10', 'base', 2, [5, 10, 20, 50, 100]],
    ['asa-5585-x-ssp-20', 'base', 2, [5, 10, 20, 50, 100, 250]],
    ['asa-5585-x-ssp-60', 'base', 2, [5, 10, 20, 50, 100, 250]],
    ['asasm', 'base', 2, [5, 10, 20, 50, 100, 250]],
  ] as const)('%s %s security contexts: default %i, optional %j, platform limit the largest', (id, tier, def, options) => {
    expect(row(PAK_MODELS[id], tier, 'security-contexts')).toMatchObject({ default: def, options, limit: Math.max(...options) });
  });

  it.each([
    ['asa-5506-x', 'base'],
    ['asa-5506h-x', 'base'],
    ['asa-5512-x', 'base'],
    ['isa-3000', 'security-plus'],
  ] as const)('%s %s has no security contexts', (id, tier) => {
    expect(row(PAK_MODELS[id], tier, 'security-contexts')?.default).toBe('unsupported');
  });

  it.each([
    ['asa-5506-x', 160, []],
    ['asa-5508-x', 320, []],
    ['asa-5516-x', 1000, []],
    ['asa-5512-x', 2, [24, 50, 100, 250, 500]],
    ['asa-5525-x', 2, [24, 50, 100, 250, 500, 750, 1000]],
    ['asa-5545-x', 2, [24, 50, 100, 250, 500, 750, 1000, 2000]],
    ['asa-5555-x', 2, [24, 50, 100, 250, 500, 750, 1000, 2000, 3000]],
    ['asa-5585-x-ssp-10', 2, [24, 50, 100, 250, 500, 750, 1000, 2000, 3000]],
    ['asa-5585-x-ssp-20', 2, [24, 50, 100, 250, 500, 750, 1000, 2000, 3000, 5000, 10_000]],
    ['asasm', 2, [24, 50, 100, 250, 500, 750, 1000, 2000, 3000, 5000, 10_000]],
  ] as const)('%s UC proxy sessions: %i, optional %j', (id, def, options) => {
    const spec = row(PAK_MODELS[id], 'base', 'uc-proxy-sessions');
    expect(spec?.default).toBe(def);
    expect(spec?.options ?? []).toEqual(options);
  });

  it.each([
    ['asa-5506-x', 'base', 'unsupported'],
    ['asa-5506-x', 'security-plus', 'active-standby'],
    ['asa-5506h-x', 'base', 'active-active'],
    ['asa-5512-x', 'base', 'unsupported'],
    ['asa-5512-x', 'security-plus', 'active-active'],
    ['asa-5545-x', 'base', 'active-active'],
    ['isa-3000', 'base', 'unsupported'],
    ['isa-3000', 'security-plus', 'active-standby'],
  ] as const)('%s %s failover: %s', (id, tier, failover) => {
    expect(row(PAK_MODELS[id], tier, 'failover')?.default).toBe(failover);
  });

  it.each([
    ['asa-5506-x', 'security-plus', 'unsupported'],
    ['asa-5512-x', 'base', 'unsupported'],
    ['asa-5512-x', 'security-plus', 2],
    ['asa-5555-x', 'base', 2],
    ['asa-5585-x-ssp-40', 'base', false],
    ['asa-5516-x', 'base', 'unsupported'],
    ['asasm', 'base', 'unsupported'],
  ] as const)('%s %s clustering: %s', (id, tier, clustering) => {
    expect(row(PAK_MODELS[id], tier, 'clustering')?.default).toBe(clustering);
  });

  it('5585-X: cluster license for 16 units; 10 GE I/O with Security Plus on SSP-10/-20, always on SSP-40/-60', () => {
    expect(row(PAK_MODELS['asa-5585-x-ssp-10'], 'base', 'clustering')?.options).toEqual([16]);
    expect(row(PAK_MODELS['asa-5585-x-ssp-10'], 'base', 'ten-ge-io')?.default).toBe(false);
    expect(row(PAK_MODELS['asa-5585-x-ssp-20'], 'security-plus', 'ten-ge-io')?.default).toBe(true);
    expect(row(PAK_MODELS['asa-5585-x-ssp-40'], 'base', 'ten-ge-io')?.default).toBe(true);
    expect(PAK_MODELS['asa-5585-x-ssp-40'].tiers['security-plus']).toBeUndefined();
  });

  it('Botnet: time-based only where available, unsupported on the 5506/5508/5516 with the display note', () => {
    expect(row(PAK_MODELS['asa-5525-x'], 'base', 'botnet-traffic-filter')).toMatchObject({ default: false, timeBasedOnly: true });
    for (const id of ['asa-5506-x', 'asa-5508-x', 'asa-5516-x'] as const) {
      expect(row(PAK_MODELS[id], 'base', 'botnet-traffic-filter')?.default).toBe('unsupported');
      expect(PAK_MODELS[id].notes.some((n) => n.id === 'botnet-display')).toBe(true);
    }
  });

  it('notes: dual SSPs on every 5585-X, Phone Proxy 5000 with the 10,000-session UC license', () => {
    expect(PAK_MODELS['asa-5585-x-ssp-10'].notes.map((n) => n.id)).toEqual(['dual-ssp']);
    expect(PAK_MODELS['asa-5585-x-ssp-20'].notes.map((n) => n.id)).toEqual(['dual-ssp', 'phone-proxy-5000']);
    expect(PAK_MODELS.asasm.notes.map((n) => n.id)).toEqual(['phone-proxy-5000']);
  });

  it('time-based keys and shared licenses per 000 §"Model Guidelines"', () => {
    expect(PAK_MODELS['asa-5506-x'].timeBasedKeys).toBe(false);
    expect(PAK_MODELS['asa-5506w-x'].timeBasedKeys).toBe(false);
    expect(PAK_MODELS['asa-5508-x'].timeBasedKeys).toBe(true);
    expect(PAK_MODELS['asa-5508-x'].sharedLicenses).toBe(false);
    expect(PAK_MODELS['asa-5516-x'].sharedLicenses).toBe(false);
    expect(PAK_MODELS['asa-5545-x'].sharedLicenses).toBe(true);
  });

  it('the shared-license row cites where shared licensing is described, or 000 §"Model Guidelines" where a model lacks it', () => {
    // No model table has a row for it: the table's own section is not its source.
    expect(PAK_MODELS['asa-5545-x'].tiers.base?.features['shared-license']).toMatchObject({
      options: ['server', 'participant'],
      cite: '000 §"Shared AnyConnect Premium Licenses (AnyConnect 3 and Earlier)"',
    });
    expect(PAK_MODELS['asa-5508-x'].tiers.base?.features['shared-license']).toMatchObject({ default: false, cite: '000 §"Model Guidelines"' });
  });

  it('every row cites its section', () => {
    for (const m of Object.values(PAK_MODELS)) {
      for (const t of Object.values(m.tiers)) for (const spec of Object.values(t.features)) expect(spec?.cite).toMatch(/^00[0-4] §"/);
    }
  });
});
