// Plans for the benchmark: deterministic, valid, and shaped like real renewals.

const base = (units: unknown[], horizonDays: number, events: unknown[] = [], mode = 'standalone') => ({
  format: 'asa-license-plan/1',
  name: 'bench',
  startDate: '2027-01-04',
  horizonDays,
  deployment: { mode, contextMode: 'multiple', units },
  events,
});

export function oneUnitPlan() {
  return base(
    [
      {
        id: 'fw',
        model: 'asa-5545-x',
        permanent: { tier: 'base', features: { encryption: '3des-aes', 'security-contexts': 10 } },
        timeBased: [
          { id: 'btf-1', features: { 'botnet-traffic-filter': true }, days: 364 },
          { id: 'btf-2', features: { 'botnet-traffic-filter': true }, days: 364, installDay: 300 },
          { id: 'ac', features: { 'anyconnect-peers': 2500 }, days: 180 },
        ],
      },
    ],
    1095,
  );
}

/** 16 ASA 5585-X SSP-60 in a cluster, 40 keys a unit (stacked Botnet renewals, chained AnyConnect and context keys), 100 events. */
export function bigClusterPlan(horizonDays: number) {
  const units = Array.from({ length: 16 }, (_, u) => {
    const keys = Array.from({ length: 40 }, (_, k) => {
      const kind = k % 4;
      const installDay = Math.floor((k * 3650) / 40) + u;
      if (kind === 0) return { id: `btf-${k}`, features: { 'botnet-traffic-filter': true }, days: 364, installDay };
      if (kind === 1) return { id: `ac-${k}`, features: { 'anyconnect-peers': [1000, 2500, 5000][k % 3] }, days: 90 + (k % 5) * 30, installDay, active: k % 3 !== 0 };
      if (kind === 2) return { id: `ctx-${k}`, features: { 'security-contexts': [5, 10, 20][k % 3] }, days: 180, installDay };
      return { id: `uc-${k}`, features: { 'uc-proxy-sessions': [24, 50, 100][k % 3] }, days: 120, installDay, active: false };
    });
    return {
      id: `u${u}`,
      model: 'asa-5585-x-ssp-60',
      permanent: { tier: 'base', features: { encryption: '3des-aes', ...(u === 0 ? { clustering: 16 } : {}) } },
      timeBased: keys,
    };
  });
  const events: unknown[] = [];
  for (let e = 0; e < 100; e++) {
    const unit = `u${e % 16}`;
    const day = 30 + e * 35;
    if (e % 10 === 9) events.push({ day, type: 'link-down', days: e % 20 === 19 ? 45 : 12 });
    else if (e % 3 === 0) events.push({ day, type: 'power-off', unit, days: 3 });
    else if (e % 3 === 1) events.push({ day, type: 'deactivate', unit, key: 'btf-0' });
    else events.push({ day, type: 'activate', unit, key: 'btf-0' });
  }
  return base(units, horizonDays, events, 'cluster');
}

/** A small deterministic PRNG (mulberry32), so every run measures the same plans. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomPlans(count: number, seed: number) {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const models = ['asa-5525-x', 'asa-5545-x', 'asa-5555-x', 'asa-5585-x-ssp-20', 'asasm'] as const;
  return Array.from({ length: count }, () => {
    const model = pick(models);
    const unitCount = rand() < 0.5 ? 1 : 2;
    const units = Array.from({ length: unitCount }, (_, u) => ({
      id: `u${u}`,
      model,
      permanent: { tier: 'base', features: { encryption: '3des-aes', 'security-contexts': pick([2, 5, 10, 20]) } },
      timeBased: Array.from({ length: 1 + Math.floor(rand() * 6) }, (_, k) => ({
        id: `k${k}`,
        features: pick([{ 'botnet-traffic-filter': true }, { 'anyconnect-peers': pick([250, 750]) }, { 'security-contexts': pick([5, 10]) }, { 'gtp-gprs': true }]),
        days: pick([30, 90, 180, 364, 728]),
        installDay: Math.floor(rand() * 700),
        active: rand() < 0.8,
      })),
    }));
    const events = rand() < 0.5 ? [{ day: Math.floor(rand() * 500), type: 'power-off', unit: 'u0', days: 1 + Math.floor(rand() * 30) }] : [];
    return base(units, 1095, events, unitCount === 2 ? 'failover' : 'standalone');
  });
}
