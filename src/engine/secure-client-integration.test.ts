import { describe, expect, it } from 'vitest';
import { evaluatePlan } from './evaluate';
import { pakUnit, plan } from './test-support/plan-builders';
import { maxAnyConnectPeers } from './secure-client-integration';
import { LEGACY_SHARED } from './test-support/secure-client-fixtures';

describe('Secure Client in evaluatePlan', () => {
  it('each headend runs AnyConnect up to its model maximum (000 tables; 001 for Smart)', () => {
    expect(maxAnyConnectPeers(pakUnit({ model: 'asa-5545-x' }) as never)).toBe(2500);
    expect(
      maxAnyConnectPeers({
        id: 'v',
        model: 'asav',
        smart: {
          method: 'regular',
          registeredDay: 0,
          exportControlled: true,
          entitlements: { standard: true, contexts: 0, carrier: false, 'security-plus': false, 'strong-encryption': false, throughput: '1G' },
        },
      }),
    ).toBe(250);
  });

  it('873 Plus users for 30 months against 1200 unique users: a shortfall warning, renewal with an order-by date from the plan lead time', () => {
    const p = {
      ...plan({ units: [pakUnit({ id: 'fw-a' })] }),
      purchaseLeadDays: 45,
      secureClient: { licenses: [{ id: 'plus-1', type: 'plus', users: 873, startDay: 0, termMonths: 30 }], demand: { uniqueUsers: 1200 } },
    };
    const r = evaluatePlan(p);
    expect(r.secureClient?.renewals[0]).toMatchObject({ license: 'plus-1', sku: 'L-AC-PLS-LIC=' });
    expect(r.secureClient!.renewals[0]!.endDay - r.secureClient!.renewals[0]!.orderByDay).toBe(45);
    expect(r.issues.some((i) => i.severity === 'warning' && i.path?.startsWith('secureClient'))).toBe(true);
  });

  it('legacy shared licensing: the simulation lands on the plan timeline (000 §"About the Shared Licensing Backup Server")', () => {
    const shared = LEGACY_SHARED;
    const p = {
      ...plan({ units: [pakUnit({ id: 'fw-a', features: { 'shared-license': 'server' } })] }),
      secureClient: { licenses: [{ id: 'prem', type: 'premium', sessions: 250, unit: 'fw-a' }], shared },
    };
    const r = evaluatePlan(p);
    expect(r.timeline.events.filter((e) => e.type === 'shared-license' && e.day === 40).length).toBeGreaterThan(0);
    expect(r.secureClient?.shared?.stretches.length).toBeGreaterThan(1);
  });
});
