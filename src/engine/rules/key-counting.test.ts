// Whether a running key counts down: 000 §"How Failover or ASA Cluster Licenses Combine" and
// §"Loss of Communication Between Failover or ASA Cluster Units".
import { describe, expect, it } from 'vitest';
import { featureMask } from './feature-mask';
import { countsDown } from './key-counting';
import { FEATURE_IDS } from '../types';

const botnet = featureMask(['botnet-traffic-filter']);
const botnetBit = FEATURE_IDS.indexOf('botnet-traffic-filter');
type K = { numeric: boolean; unitIndex: number; featureMask: number };
const primaryBotnet: K = { numeric: false, unitIndex: 0, featureMask: botnet };
const secondaryBotnet: K = { numeric: false, unitIndex: 1, featureMask: botnet };
const secondarySessions: K = { numeric: true, unitIndex: 1, featureMask: featureMask(['anyconnect-peers']) };
const leadsOf = (lead: K | null): (K | null)[] => FEATURE_IDS.map((_, i) => (i === botnetBit ? lead : null));

describe('which keys count down', () => {
  it('a key that does not run never counts', () => {
    expect(countsDown(primaryBotnet, false, false, null, leadsOf(null))).toBe(false);
  });

  it('on/off keys of a pair: the primary/control unit counts first, the secondary waits (48 + 48 weeks = 96)', () => {
    const leads = leadsOf(primaryBotnet);
    expect(countsDown(primaryBotnet, true, true, null, leads)).toBe(true);
    expect(countsDown(secondaryBotnet, true, true, null, leads)).toBe(false);
    expect(countsDown(secondaryBotnet, true, true, null, leadsOf(secondaryBotnet))).toBe(true);
  });

  it('numeric keys of a pair count down simultaneously; within a link-down grace only the primary counts', () => {
    expect(countsDown(secondarySessions, true, true, null, leadsOf(null))).toBe(true);
    expect(countsDown(secondarySessions, true, true, { start: 0, reverted: false }, leadsOf(null))).toBe(false);
  });

  it('standalone, or past the grace, every unit counts its own keys', () => {
    expect(countsDown(secondaryBotnet, true, false, null, leadsOf(primaryBotnet))).toBe(true);
    expect(countsDown(secondaryBotnet, true, true, { start: 0, reverted: true }, leadsOf(primaryBotnet))).toBe(true);
    expect(countsDown(secondarySessions, true, true, { start: 0, reverted: true }, leadsOf(null))).toBe(true);
  });
});
