// 000 §"Time-Based License Activation Guidelines", §"Time-Based License Expiration", with the documents' examples.
import { describe, expect, it } from 'vitest';
import { featureMask } from './feature-mask';
import { activeKeyFor, blockingEvaluation } from './key-activation';
import { successorOnExpiry } from './expiry-fallback';

const key = (id: string, features: Record<string, number | boolean>, evaluation = false, active = false) => ({
  id,
  features,
  evaluation,
  active,
  featureIds: Object.keys(features),
  featureMask: featureMask(Object.keys(features)),
});

describe('activation', () => {
  it('an active evaluation key with Botnet and 1000 AnyConnect sessions blocks a standalone 2500-session key', () => {
    const evaluation = key('eval', { 'botnet-traffic-filter': true, 'anyconnect-peers': 1000 }, true, true);
    const k2500 = key('k2500', { 'anyconnect-peers': 2500 });
    expect(blockingEvaluation([evaluation], k2500)).toBe(evaluation);
    // A one-feature evaluation key, or a key for another feature, does not block.
    expect(blockingEvaluation([key('e1', { 'anyconnect-peers': 1000 }, true, true)], k2500)).toBeUndefined();
    expect(blockingEvaluation([evaluation], key('ctx', { 'security-contexts': 5 }))).toBeUndefined();
  });

  it('one active key per feature: the 1000-session key is the one a 2500-session activation replaces', () => {
    const k1000 = key('k1000', { 'anyconnect-peers': 1000 }, false, true);
    const k2500 = key('k2500', { 'anyconnect-peers': 2500 });
    expect(activeKeyFor([k1000], 'anyconnect-peers', k2500)).toBe(k1000);
    expect(activeKeyFor([k1000], 'botnet-traffic-filter')).toBeUndefined();
  });

  it('on expiry of the 2500-session key the installed, inactive 1000-session key is next (first in plan order)', () => {
    const k1000 = key('k1000', { 'anyconnect-peers': 1000 });
    const k500 = key('k500', { 'anyconnect-peers': 500 });
    expect(successorOnExpiry([k1000, k500], [], 'anyconnect-peers')).toBe(k1000);
    expect(successorOnExpiry([k500, k1000], [], 'anyconnect-peers')).toBe(k500);
    const evaluation = key('eval', { 'botnet-traffic-filter': true, 'anyconnect-peers': 1000 }, true, true);
    expect(successorOnExpiry([k1000], [evaluation], 'anyconnect-peers')).toBeUndefined();
  });
});
