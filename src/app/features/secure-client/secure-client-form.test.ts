import { describe, expect, it } from 'vitest';
import type { ScLicense } from '../../store/secure-client-commands';
import { FEATURE_OPTIONS, newLicenseFields, retypePatch, shownFields } from './secure-client-form';

const lic = (l: Partial<ScLicense> & Pick<ScLicense, 'type'>): ScLicense => ({ id: 'x', startDay: 0, ...l });

describe('secure client license form', () => {
  it.each([
    ['plus', ['users', 'termMonths', 'shipDay', 'orderDay', 'ordering']],
    ['plus-perpetual', ['users', 'shipDay', 'support']],
    ['vpn-only', ['sessions', 'unit', 'shipDay', 'support']],
    ['apex-evaluation', []],
  ] as const)('a %s license shows %j', (type, fields) => {
    expect(shownFields(lic({ type }))).toEqual(fields);
  });

  it('a field that holds a value is shown even when the type does not ask for it', () => {
    expect(shownFields(lic({ type: 'plus-perpetual', termMonths: 12 }))).toContain('termMonths');
    expect(shownFields(lic({ type: 'plus', sessions: 10 }))).toContain('sessions');
  });

  it('term licenses start with 12 months', () => {
    expect(newLicenseFields('plus')).toEqual({ termMonths: 12 });
    expect(newLicenseFields('vpn-only')).toEqual({});
  });

  it('a type change moves the count and drops what the new type does not show', () => {
    expect(retypePatch(lic({ type: 'plus', users: 50, termMonths: 36 }), 'vpn-only')).toEqual({ sessions: 50, users: undefined, termMonths: undefined });
    expect(retypePatch(lic({ type: 'vpn-only', sessions: 50, unit: 'fw-a', support: true }), 'plus')).toEqual({ users: 50, sessions: undefined, unit: undefined, support: undefined, termMonths: 12 });
    expect(retypePatch(lic({ type: 'plus', users: 50, termMonths: 30 }), 'apex')).toEqual({});
  });

  it('lists every Secure Client capability with the engine label and citation', () => {
    expect(FEATURE_OPTIONS.length).toBeGreaterThan(5);
    for (const f of FEATURE_OPTIONS) {
      expect(f.label).not.toBe('');
      expect(f.cite).toMatch(/00[23]/);
    }
  });
});
