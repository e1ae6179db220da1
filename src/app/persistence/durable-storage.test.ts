import { describe, expect, it } from 'vitest';
import { durableStorage } from './durable-storage';
import type { Mirror } from './idb-mirror';
import { memoryStorage } from './storage';
import { tombstoneKey } from './reconcile';

/** A mirror whose writes commit when the test says so. */
function heldMirror() {
  const data = new Map<string, string>();
  const queue: (() => void)[] = [];
  let release: () => void = () => {};
  let flushed = new Promise<void>((r) => (release = r));
  const mirror: Mirror = {
    put: (k, v) => queue.push(() => data.set(k, v)),
    remove: (k) => queue.push(() => data.delete(k)),
    all: async () => new Map(data),
    flushed: () => flushed,
  };
  const commit = async () => {
    for (const w of queue.splice(0)) w();
    release();
    await flushed;
    flushed = new Promise<void>((r) => (release = r));
  };
  return { mirror, data, commit };
}

describe('durable storage: deletes', () => {
  it('a delete leaves a tombstone until the mirror has committed it', async () => {
    const local = memoryStorage();
    const { mirror, data, commit } = heldMirror();
    const s = durableStorage(local, mirror);
    s.setItem('asa-planner/fleet/f1', 'fleet');
    await commit();
    expect(data.get('asa-planner/fleet/f1')).toBe('fleet');
    s.removeItem('asa-planner/fleet/f1');
    expect(local.getItem('asa-planner/fleet/f1')).toBeNull();
    expect(local.getItem(tombstoneKey('asa-planner/fleet/f1'))).toBe('1');
    expect(data.has('asa-planner/fleet/f1')).toBe(true);
    await commit();
    expect(data.has('asa-planner/fleet/f1')).toBe(false);
    expect(local.getItem(tombstoneKey('asa-planner/fleet/f1'))).toBeNull();
  });

  it('a key written again after its delete is no longer deleted; removing an absent key writes nothing', async () => {
    const local = memoryStorage();
    const { mirror, commit } = heldMirror();
    const s = durableStorage(local, mirror);
    s.setItem('asa-planner/fleet-current', 'f1');
    s.removeItem('asa-planner/fleet-current');
    s.setItem('asa-planner/fleet-current', 'f2');
    expect(local.getItem(tombstoneKey('asa-planner/fleet-current'))).toBeNull();
    s.removeItem('asa-planner/never-written');
    expect(local.getItem(tombstoneKey('asa-planner/never-written'))).toBeNull();
    s.removeItem('asa-planner-theme');
    await commit();
    expect([...local.data.keys()].filter((k) => k.includes('removed'))).toEqual([]);
  });
});
