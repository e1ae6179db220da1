import { describe, expect, it } from 'vitest';
import { parsePlan, type Plan } from '../../engine/index';
import { newPlan } from './new-plan';
import { applySecureClientCommand, isSecureClientCommand, secureClientCoalesceKey, type SecureClientCommand } from './secure-client-commands';

const base = (): Plan => newPlan('2027-01-01', 'HQ');
const run = (plan: Plan, ...cmds: SecureClientCommand[]): Plan => cmds.reduce(applySecureClientCommand, plan);

describe('secure client commands', () => {
  it('enable adds an empty secureClient; disable removes it', () => {
    const on = run(base(), { type: 'sc-enable' });
    expect(on.secureClient).toEqual({ licenses: [] });
    expect(run(on, { type: 'sc-enable' })).toBe(on);
    expect('secureClient' in run(on, { type: 'sc-disable' })).toBe(false);
  });

  it('adds licenses with free ids per type, starting on day 0', () => {
    const p = run(base(), { type: 'sc-add-license', license: { type: 'plus', termMonths: 12 } }, { type: 'sc-add-license', license: { type: 'plus' } }, { type: 'sc-add-license', license: { type: 'vpn-only' } });
    expect(p.secureClient?.licenses.map((l) => l.id)).toEqual(['plus-1', 'plus-2', 'vpn-only-1']);
    expect(p.secureClient?.licenses[0]).toEqual({ id: 'plus-1', type: 'plus', startDay: 0, termMonths: 12 });
  });

  it('patches a license: a value sets a field, undefined removes it', () => {
    const p = run(base(), { type: 'sc-add-license', license: { type: 'plus', termMonths: 12 } }, { type: 'sc-patch-license', index: 0, patch: { users: 873, termMonths: 30 } }, { type: 'sc-patch-license', index: 0, patch: { shipDay: 5 } }, { type: 'sc-patch-license', index: 0, patch: { shipDay: undefined } });
    expect(p.secureClient?.licenses[0]).toEqual({ id: 'plus-1', type: 'plus', startDay: 0, termMonths: 30, users: 873 });
    expect(parsePlan(p).ok).toBe(true);
  });

  it('changes the type with the patch the form asks for', () => {
    const p = run(base(), { type: 'sc-add-license', license: { type: 'plus', users: 50 } }, { type: 'sc-set-license-type', index: 0, licenseType: 'vpn-only', patch: { users: undefined, sessions: 50 } });
    expect(p.secureClient?.licenses[0]).toEqual({ id: 'plus-1', type: 'vpn-only', startDay: 0, sessions: 50 });
  });

  it('an index out of range changes nothing', () => {
    const p = run(base(), { type: 'sc-enable' });
    expect(run(p, { type: 'sc-patch-license', index: 3, patch: { users: 1 } })).toBe(p);
    expect(run(p, { type: 'sc-remove-license', index: 0 })).toBe(p);
    expect(run(base(), { type: 'sc-patch-license', index: 0, patch: { users: 1 } }).secureClient).toBeUndefined();
  });

  it('removes a license', () => {
    const p = run(base(), { type: 'sc-add-license', license: { type: 'plus' } }, { type: 'sc-add-license', license: { type: 'apex' } }, { type: 'sc-remove-license', index: 0 });
    expect(p.secureClient?.licenses.map((l) => l.id)).toEqual(['apex-1']);
  });

  it('patches the demand and drops it when empty', () => {
    const p = run(base(), { type: 'sc-patch-demand', patch: { uniqueUsers: 1200, features: ['saml'] } });
    expect(p.secureClient).toEqual({ licenses: [], demand: { uniqueUsers: 1200, features: ['saml'] } });
    const q = run(p, { type: 'sc-patch-demand', patch: { uniqueUsers: undefined, features: undefined } });
    expect(q.secureClient).toEqual({ licenses: [] });
  });

  it('typing in one field coalesces into one undo step', () => {
    expect(secureClientCoalesceKey({ type: 'sc-patch-license', index: 1, patch: { users: 8 } })).toBe('sc-patch-license:1:users');
    expect(secureClientCoalesceKey({ type: 'sc-patch-demand', patch: { growthPercentPerYear: 5 } })).toBe('sc-patch-demand:growthPercentPerYear');
    expect(secureClientCoalesceKey({ type: 'sc-add-license', license: { type: 'plus' } })).toBeUndefined();
  });

  it('recognises its commands', () => {
    expect(isSecureClientCommand({ type: 'sc-enable' })).toBe(true);
    expect(isSecureClientCommand({ type: 'add-unit' })).toBe(false);
  });
});
