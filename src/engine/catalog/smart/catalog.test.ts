import { describe, expect, it } from 'vitest';
import { FEATURE_IDS, SMART_MODEL_IDS, type SmartModelId } from '../../types';
import { ASAV_SPEC, SMART_COMMUNICATION, SMART_MODELS, isSmartModelId } from './index';

const value = (id: SmartModelId, feature: (typeof FEATURE_IDS)[number]) => SMART_MODELS[id].features[feature]?.default;
const upTo = (id: SmartModelId, feature: (typeof FEATURE_IDS)[number]) => SMART_MODELS[id].features[feature]?.upTo;

describe('Smart catalog: every model id of the spec', () => {
  it('has an entry per Smart model id, licensed by Smart, with a 001 citation', () => {
    expect(Object.keys(SMART_MODELS).sort()).toEqual([...SMART_MODEL_IDS].sort());
    for (const id of SMART_MODEL_IDS) {
      const m = SMART_MODELS[id];
      expect(m.id).toBe(id);
      expect(m.licensing).toBe('smart');
      expect(m.cite).toMatch(/^001 §"/);
      expect(isSmartModelId(id)).toBe(true);
      for (const [feature, spec] of Object.entries(m.features)) {
        expect(FEATURE_IDS).toContain(feature);
        expect(spec.cite).toMatch(/^001 §"/);
      }
    }
    expect(isSmartModelId('asa-5506-x')).toBe(false);
  });
});

describe('001 §"Firepower 1010"', () => {
  it.each([
    ['firewall-conns', 100_000],
    ['uc-proxy-sessions', 4000],
    ['other-vpn-peers', 75],
    ['total-vpn-peers', 75],
    ['vlans', 60],
    ['security-contexts', 'unsupported'],
    ['clustering', 'unsupported'],
    ['carrier', 'unsupported'],
    ['botnet-traffic-filter', 'unsupported'],
    ['failover', 'unsupported'],
  ] as const)('%s is %s', (feature, expected) => {
    expect(value('fpr-1010', feature)).toBe(expected);
  });
  it('AnyConnect up to 75; Security Plus enables Active/Standby only', () => {
    expect(upTo('fpr-1010', 'anyconnect-peers')).toBe(75);
    expect(SMART_MODELS['fpr-1010'].features.failover?.options).toEqual(['active-standby']);
    expect(SMART_MODELS['fpr-1010'].entitlements).toContain('security-plus');
    expect(SMART_MODELS['fpr-1010'].contexts).toBeNull();
  });
});

describe('per-model tables (001 §"Firepower 1100 Series" … §"Firepower 9300")', () => {
  it.each([
    // id, conns, TLS proxy, AnyConnect max = other = total VPN, contexts included, contexts max, clustering
    ['fpr-1120', 200_000, 4000, 150, 2, 5, 'unsupported'],
    ['fpr-1140', 400_000, 8000, 400, 2, 10, 'unsupported'],
    ['fpr-1150', 600_000, 8000, 800, 2, 25, 'unsupported'],
    ['fpr-2110', 1_000_000, 4000, 1500, 2, 25, 'unsupported'],
    ['fpr-2120', 1_500_000, 8000, 3500, 2, 25, 'unsupported'],
    ['fpr-2130', 2_000_000, 8000, 7500, 2, 30, 'unsupported'],
    ['fpr-2140', 3_000_000, 10_000, 10_000, 2, 40, 'unsupported'],
    ['fpr-3110', 2_000_000, 10_000, 3000, 2, 100, true],
    ['fpr-3120', 4_000_000, 15_000, 7000, 2, 100, true],
    ['fpr-3130', 6_000_000, 15_000, 15_000, 2, 100, true],
    ['fpr-3140', 10_000_000, 15_000, 20_000, 2, 100, true],
    ['fpr-4110', 10_000_000, 10_000, 10_000, 10, 250, true],
    ['fpr-4112', 10_000_000, 15_000, 10_000, 10, 250, true],
    ['fpr-4115', 15_000_000, 15_000, 15_000, 10, 250, true],
    ['fpr-4120', 15_000_000, 15_000, 15_000, 10, 250, true],
    ['fpr-4125', 25_000_000, 15_000, 20_000, 10, 250, true],
    ['fpr-4140', 25_000_000, 15_000, 20_000, 10, 250, true],
    ['fpr-4145', 40_000_000, 15_000, 20_000, 10, 250, true],
    ['fpr-4150', 35_000_000, 15_000, 20_000, 10, 250, true],
    ['fpr-9300-sm-24', 55_000_000, 15_000, 20_000, 10, 250, true],
    ['fpr-9300-sm-36', 60_000_000, 15_000, 20_000, 10, 250, true],
    ['fpr-9300-sm-40', 55_000_000, 15_000, 20_000, 10, 250, true],
    ['fpr-9300-sm-44', 60_000_000, 15_000, 20_000, 10, 250, true],
    ['fpr-9300-sm-48', 60_000_000, 15_000, 20_000, 10, 250, true],
    ['fpr-9300-sm-56', 60_000_000, 15_000, 20_000, 10, 250, true],
  ] as const)('%s: %i conns, %i TLS, %i VPN, %i contexts up to %i, clustering %s', (id, conns, tls, vpn, included, max, clustering) => {
    const m = SMART_MODELS[id];
    expect(value(id, 'firewall-conns')).toBe(conns);
    expect(value(id, 'uc-proxy-sessions')).toBe(tls);
    expect(value(id, 'other-vpn-peers')).toBe(vpn);
    expect(value(id, 'total-vpn-peers')).toBe(vpn);
    expect(value(id, 'anyconnect-peers')).toBe(0);
    expect(upTo(id, 'anyconnect-peers')).toBe(vpn);
    expect(value(id, 'security-contexts')).toBe(included);
    expect(upTo(id, 'security-contexts')).toBe(max);
    expect(m.contexts).toMatchObject({ included, max, maxLicense: max - included });
    expect(value(id, 'clustering')).toBe(clustering);
    expect(value(id, 'vlans')).toBe(1024);
    expect(value(id, 'encryption')).toBe('des');
    expect(value(id, 'botnet-traffic-filter')).toBe('unsupported');
    expect(value(id, 'failover')).toBe('active-active');
  });

  it('Carrier is optional on the 4100/9300 only', () => {
    for (const id of SMART_MODEL_IDS) {
      const family = SMART_MODELS[id].familyId;
      const expected = family === 'fpr-4100' || family === 'fpr-9300' ? false : family === 'asav' ? true : 'unsupported';
      expect(value(id, 'carrier')).toBe(expected);
    }
  });

  it('the Secure Firewall 3100 Standard license is always on', () => {
    expect(SMART_MODEL_IDS.filter((id) => SMART_MODELS[id].standardAlwaysOn)).toEqual(['fpr-3110', 'fpr-3120', 'fpr-3130', 'fpr-3140']);
  });
});

describe('001 §"ASA Virtual" and §"Platform Limits"', () => {
  it.each([
    ['100M', 500, 50, 50, 50, 2, 7.9, 'ASAv5'],
    ['1G', 500, 250, 250, 250, 2, 7.9, 'ASAv10'],
    ['2G', 1000, 750, 1000, 1000, 8, 15.9, 'ASAv30'],
    ['10G', 10_000, 10_000, 10_000, 10_000, 16, 31.9, 'ASAv50'],
    ['20G', 20_000, 20_000, 20_000, 20_000, 32, 64, 'ASAv100'],
  ] as const)('%s: %i TLS, %i AnyConnect, %i other, %i total; needs %d–%d GB (%s)', (level, tls, ac, other, total, min, max, sku) => {
    expect(ASAV_SPEC.throughput[level]).toMatchObject({ tlsProxySessions: tls, anyconnectPeers: ac, otherVpnPeers: other, totalVpnPeers: total, minMemoryGB: min, maxMemoryGB: max, skuModel: sku });
  });

  it.each([
    [2, 8, 100_000, 50],
    [8, 16, 500_000, 200],
    [16, 32, 2_000_000, 1024],
    [32, Number.POSITIVE_INFINITY, 4_000_000, 1024],
  ] as const)('memory from %d GB: %i connections, %i VLANs', (minGB, belowGB, conns, vlans) => {
    expect(ASAV_SPEC.memoryTiers).toContainEqual(expect.objectContaining({ minGB, belowGB, firewallConns: conns, vlans }));
  });

  it('2 GB minimum, 4 GB above one vCPU, 64 GB and 8/16 vCPUs maximum, 100 connections unlicensed, no evaluation mode', () => {
    expect(ASAV_SPEC).toMatchObject({ minMemoryGB: 2, multiVcpuMinMemoryGB: 4, maxMemoryGB: 64, maxVcpus: 8, maxVcpus20G: 16, unlicensedFirewallConns: 100, plrUnsupportedHypervisors: ['azure'] });
    const asav = SMART_MODELS.asav;
    expect(asav.evaluation).toBeNull();
    expect(asav.contexts).toBeNull();
    expect(value('asav', 'security-contexts')).toBe('unsupported');
    expect(value('asav', 'failover')).toBe('active-standby');
    expect(value('asav', 'clustering')).toBe(true);
    expect(value('asav', 'botnet-traffic-filter')).toBe(true);
    expect(asav.outOfCompliance.effect).toBe('none');
  });

  it('PIDs: ASAv5/10/30/50 perpetual, ASAv100 1/3/5-year subscriptions, one PLR PID each', () => {
    expect(ASAV_SPEC.throughput['1G'].pids).toEqual([{ pid: 'L-ASAV10S-K9=' }]);
    expect(ASAV_SPEC.throughput['20G'].pids.map((p) => p.termYears)).toEqual([1, 3, 5]);
    expect(Object.values(ASAV_SPEC.throughput).map((t) => t.plrPid)).toEqual(['L-ASAV5SR-K9=', 'L-ASAV10SR-K9=', 'L-ASAV30SR-K9=', 'L-ASAV50SR-K9=', 'L-ASAV100SR-K9=']);
  });
});

describe('001 §"License PIDs"', () => {
  it.each([
    ['fpr-1010', 'L-FPR1000-ASA=', [], 'L-FPR1K-ENC-K9=', 'L-FPR1K-ASA-BPU='],
    ['fpr-1120', 'L-FPR1000-ASA=', [5, 10], 'L-FPR1K-ENC-K9=', 'L-FPR1K-ASA-BPU='],
    ['fpr-2130', 'L-FPR2100-ASA=', [5, 10], 'L-FPR2K-ENC-K9=', 'L-FPR2K-ASA-BPU='],
    ['fpr-3130', 'L-FPR3130-BSE=', [5, 10], 'L-FPR3K-ENC-K9=', 'L-FPR3K-ASA-BPU='],
    ['fpr-4112', 'L-FPR4100-ASA=', [10, 230, 250], 'L-FPR4K-ENC-K9=', 'L-FPR4K-ASA-BPU='],
    ['fpr-9300-sm-44', 'L-F9K-ASA=', [10], 'L-F9K-ASA-ENCR-K9=', 'L-FPR9K-ASA-BPU='],
  ] as const)('%s: Standard %s, context packs %j, encryption %s, PLR %s', (id, standard, packs, enc, plr) => {
    const m = SMART_MODELS[id];
    expect(m.pids.standard?.pid).toBe(standard);
    expect((m.contexts?.packs ?? []).map((p) => p.contexts)).toEqual(packs);
    expect(m.pids.strongEncryption?.pid).toBe(enc);
    expect(m.pids.plr?.pid).toBe(plr);
  });
  it('Security Plus on the 1010, Carrier on the 4100 and 9300', () => {
    expect(SMART_MODELS['fpr-1010'].pids.securityPlus?.pid).toBe('L-FPR1010-SEC-PL=');
    expect(SMART_MODELS['fpr-4150'].pids.carrier?.pid).toBe('L-FPR4K-ASA-CAR=');
    expect(SMART_MODELS['fpr-9300-sm-56'].pids.carrier?.pid).toBe('L-F9K-ASA-CAR=');
  });
});

describe('failover and cluster rules per family', () => {
  it.each([
    ['asav', ['active-standby'], 'each-unit', true],
    ['fpr-1010', ['active-standby'], 'each-unit', false],
    ['fpr-1140', ['active-standby', 'active-active'], 'primary', false],
    ['fpr-2130', ['active-standby', 'active-active'], 'primary', false],
    ['fpr-3130', ['active-standby', 'active-active'], 'each-unit', true],
    ['fpr-4112', ['active-standby', 'active-active'], 'each-unit', true],
    ['fpr-9300-sm-44', ['active-standby', 'active-active'], 'each-unit', true],
  ] as const)('%s: failover %j, registration %s, clustering %s', (id, modes, registration, cluster) => {
    const m = SMART_MODELS[id];
    expect(m.failover.modes).toEqual(modes);
    expect(m.failover.registration).toBe(registration);
    expect(m.cluster !== null).toBe(cluster);
  });
  it('who requests what (001 §"ASA Cluster Licenses for the Firepower 4100/9300", §"… Secure Firewall 3100", §"… for the ASA")', () => {
    expect(SMART_MODELS['fpr-4112'].cluster?.requests).toEqual({ standard: 'primary', contexts: 'primary', carrier: 'each-unit', 'strong-encryption': 'each-unit' });
    expect(SMART_MODELS['fpr-4112'].failover.requests).toEqual({ standard: 'primary', contexts: 'primary', carrier: 'primary', 'strong-encryption': 'primary' });
    expect(SMART_MODELS['fpr-3130'].cluster?.requests).toEqual({ standard: 'each-unit', contexts: 'primary', 'strong-encryption': 'primary' });
    expect(SMART_MODELS.asav.cluster?.requests).toEqual({ standard: 'primary', throughput: 'each-unit', 'strong-encryption': 'primary' });
    expect(SMART_MODELS['fpr-1010'].failover.requires).toEqual(['standard', 'security-plus']);
    expect(SMART_MODELS['fpr-4112'].cluster?.renewalRequestInterval).toBe('12 hours');
    expect(SMART_MODELS['fpr-3130'].cluster?.renewalRequestInterval).toBe('35 seconds');
    expect(SMART_MODELS['fpr-2130'].failover.graceDays).toBe(30);
  });
});

describe('001 §"Evaluation License", §"Permanent License Reservation", §"Smart Software Manager Communication"', () => {
  it('90 days of evaluation use on the hardware models, none on the ASA virtual', () => {
    for (const id of SMART_MODEL_IDS) expect(SMART_MODELS[id].evaluation?.days ?? null).toBe(id === 'asav' ? null : 90);
  });
  it('PLR on the 4100/9300 states 248 contexts, which does not add up with 10 + 250', () => {
    expect(SMART_MODELS['fpr-4112'].plr.statedMaxContextRequest).toBe(248);
    expect(SMART_MODELS['fpr-4112'].contexts?.maxLicense).toBe(240);
    expect(SMART_MODELS['fpr-4112'].notes.map((n) => n.id)).toContain('plr-248-contexts');
  });
  it('communication timers', () => {
    expect(SMART_COMMUNICATION).toMatchObject({
      authorizationRenewalDays: 30,
      callHomeGraceDays: 90,
      idCertificateValidDays: 365,
      idCertificateRenewalMonths: 6,
      tokenDefaultDays: 30,
      tokenMinDays: 1,
      tokenMaxDays: 365,
    });
  });
  it('out-of-compliance: the ASA virtual is not affected, the others cannot change licensed features', () => {
    for (const id of SMART_MODEL_IDS) expect(SMART_MODELS[id].outOfCompliance.effect).toBe(id === 'asav' ? 'none' : 'no-licensed-config-changes');
  });
  it('notes where 001 disagrees with itself or with 000', () => {
    expect(SMART_MODELS['fpr-2130'].notes.map((n) => n.id)).toContain('failover-example-25');
    expect(SMART_MODELS['fpr-3130'].notes.map((n) => n.id)).toContain('failover-example-95');
    expect(SMART_MODELS.asav.notes.map((n) => n.id)).toEqual(
      expect.arrayContaining(['asav-evaluation-state-wording', 'asav-clustering-000', 'asav-smart-only', 'asav-sku-mapping', 'asav-anyconnect-2g']),
    );
    expect(SMART_MODELS['fpr-3110'].outOfCompliance.text).toMatch(/do not list the 3100/);
  });
});
