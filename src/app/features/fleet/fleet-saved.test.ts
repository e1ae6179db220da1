import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../engine/fleet/index';
import { memoryStorage, type StorageLike } from '../../persistence/storage';
import { currentFleetId, deleteSavedFleet, fleetKey, listSavedFleets, loadSavedFleet, MAX_SAVED_FLEET_CHARS, saveFleet, saveFleetGuarded, savedFleetTime } from './fleet-saved';

const plan = (name: string): Plan =>
  ({
    format: 'asa-license-plan/1',
    name,
    site: 'Berlin',
    startDate: '2027-01-04',
    horizonDays: 1095,
    deployment: { mode: 'standalone', contextMode: 'single', units: [{ id: 'fw', model: 'asa-5545-x', permanent: { tier: 'base', features: {} }, timeBased: [] }] },
    events: [],
  }) as unknown as Plan;

describe('two tabs on one fleet', () => {
  it('a tab saves over the version it read; when another tab saved since, its changes go to a copy and theirs stay', () => {
    const s = memoryStorage();
    saveFleet(s, 'f-1', { name: 'EMEA', plans: [plan('a')] }, 1000);
    // Tabs A and B both opened the fleet saved at 1000.
    const a = saveFleetGuarded(s, 'f-1', { name: 'EMEA', plans: [plan('a'), plan('from A')] }, 1000, 2000);
    expect(a).toEqual({ meta: { id: 'f-1', name: 'EMEA', plans: 2, updatedAt: 2000 } });
    const b = saveFleetGuarded(s, 'f-1', { name: 'EMEA, B', plans: [plan('a'), plan('from B')] }, 1000, 2500, () => 'f-2');
    expect(b).toEqual({ meta: { id: 'f-2', name: 'EMEA, B (my copy)', plans: 2, updatedAt: 2500 }, copyOf: 'EMEA' });
    const theirs = loadSavedFleet(s, 'f-1');
    expect(theirs.ok && theirs.fleet.plans.map((p) => p.name)).toEqual(['a', 'from A']);
    const mine = loadSavedFleet(s, 'f-2');
    expect(mine.ok && mine.fleet.plans.map((p) => p.name)).toEqual(['a', 'from B']);
    // Tab A goes on saving over its own version; a save in the same millisecond still moves the time on.
    expect(saveFleetGuarded(s, 'f-1', { name: 'EMEA', plans: [plan('a')] }, 2000, 2000).meta.updatedAt).toBe(2001);
    expect(savedFleetTime(s, 'f-1')).toBe(2001);
    // A fleet not saved yet, or saved with no known version, is simply saved.
    expect(saveFleetGuarded(s, 'f-3', { name: 'New', plans: [] }, undefined, 3000).copyOf).toBeUndefined();
  });
});

describe('fleets saved in the browser', () => {
  it('saves a fleet, lists it newest first and reads it back through the fleet format', () => {
    const s = memoryStorage();
    saveFleet(s, 'f-1', { name: 'EMEA', plans: [plan('a'), plan('b')] }, 1000);
    saveFleet(s, 'f-2', { name: 'APAC', plans: [plan('c')] }, 2000);
    expect(listSavedFleets(s).map((f) => [f.id, f.name, f.plans])).toEqual([
      ['f-2', 'APAC', 1],
      ['f-1', 'EMEA', 2],
    ]);
    expect(currentFleetId(s)).toBe('f-2');
    const read = loadSavedFleet(s, 'f-1');
    expect(read.ok && read.fleet.plans.map((p) => [p.name, p.site])).toEqual([
      ['a', 'Berlin'],
      ['b', 'Berlin'],
    ]);
    expect(JSON.parse(s.getItem(fleetKey('f-1'))!).format).toBe('asa-license-fleet/1');
  });

  it('renames by saving under the same id, and deletes', () => {
    const s = memoryStorage();
    saveFleet(s, 'f-1', { name: 'EMEA', plans: [plan('a')] }, 1000);
    saveFleet(s, 'f-1', { name: 'Europe', plans: [plan('a')] }, 2000);
    expect(listSavedFleets(s).map((f) => f.name)).toEqual(['Europe']);
    deleteSavedFleet(s, 'f-1');
    expect(listSavedFleets(s)).toEqual([]);
    expect(currentFleetId(s)).toBeNull();
  });

  it('reports a damaged record, names the plan and field, and keeps it unchanged', () => {
    const s = memoryStorage();
    const bad = '{"format":"asa-license-fleet/1","name":"x","plans":[{"format":"asa-license-plan/1","name":"a","startDate":"2027-13-01","deployment":{"units":[]}}]}';
    s.setItem(fleetKey('f-9'), bad);
    const read = loadSavedFleet(s, 'f-9');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.messages[0]).toMatch(/^plans\[0\]\.startDate/);
    expect(s.getItem(fleetKey('f-9'))).toBe(bad);
    // Listed without its meta record by the name read from it; damaged: listed as such.
    expect(listSavedFleets(s).map((f) => f.name)).toEqual(['Damaged saved fleet f-9']);
  });

  it('says plainly when the storage is full, and the earlier saved version stays', () => {
    const s = memoryStorage();
    saveFleet(s, 'f-1', { name: 'EMEA', plans: [plan('a')] }, 1000);
    const full: StorageLike = {
      ...s,
      getItem: (k) => s.getItem(k),
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
    };
    expect(() => saveFleet(full, 'f-1', { name: 'EMEA', plans: [plan('a'), plan('b')] }, 2000)).toThrow(/this browser's storage is full/);
    const read = loadSavedFleet(s, 'f-1');
    expect(read.ok && read.fleet.plans.length).toBe(1);
  });

  it('refuses a fleet larger than the browser keeps, before writing anything', () => {
    const s = memoryStorage();
    const big = plan('x'.repeat(200));
    const plans = Array.from({ length: Math.ceil(MAX_SAVED_FLEET_CHARS / JSON.stringify(big).length) + 1 }, () => big);
    expect(() => saveFleet(s, 'f-1', { name: 'Huge', plans })).toThrow(/million characters of JSON and the browser keeps at most 3\.5 million/);
    expect(s.data.size).toBe(0);
  });
});
