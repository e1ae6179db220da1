import { describe, expect, it } from 'vitest';
import { newPlan } from '../store/new-plan';
import { DEFAULT_VIEW } from '../store/view-state';
import { dropTarget, isNewerRevision, migrateRecord, pathSegments, peekRevision, RECORD_VERSION, recordText, recordVersionOf, restorePlan, restoreRecord } from './saved-record';

const plan = () => newPlan('2027-01-01', 'HQ');

describe('record versions and the migration chain', () => {
  it('tells the version of each known shape', () => {
    expect(recordVersionOf(plan())).toBe(0);
    expect(recordVersionOf({ plan: plan(), view: DEFAULT_VIEW })).toBe(1);
    expect(recordVersionOf({ version: 2, revision: 3, plan: plan() })).toBe(2);
    expect(recordVersionOf({ version: 'two' })).toBeNaN();
  });

  it('step 0 → 1: a bare plan is wrapped with the default view', () => {
    const m = migrateRecord(plan());
    expect(m).toMatchObject({ from: 0, raw: { version: RECORD_VERSION, revision: 0, plan: plan() } });
    const r = restoreRecord(plan());
    expect(r).toMatchObject({ ok: true, migratedFrom: 0, record: { revision: 0, view: DEFAULT_VIEW } });
  });

  it('step 1 → 2: { plan, view } gains a version and revision 0', () => {
    const r = restoreRecord({ plan: plan(), view: { ...DEFAULT_VIEW, asOfDay: 12 } });
    expect(r).toMatchObject({ ok: true, migratedFrom: 1, dropped: [], record: { version: 2, revision: 0, view: { asOfDay: 12 } } });
  });

  it('version 2 is read as is; a bad revision or view falls back to defaults', () => {
    expect(restoreRecord({ version: 2, revision: 41, plan: plan(), view: DEFAULT_VIEW })).toMatchObject({ ok: true, migratedFrom: 2, record: { revision: 41 } });
    expect(restoreRecord({ version: 2, revision: -1, plan: plan(), view: { asOfDay: 'soon', filterText: 7 } })).toMatchObject({
      ok: true,
      record: { revision: 0, view: { asOfDay: 0, filterText: '' } },
    });
  });

  it('a newer or unknown record version is refused and marked kept', () => {
    expect(restoreRecord({ version: 3, plan: plan() })).toEqual({ ok: false, kept: true, messages: [expect.stringMatching(/newer version.*record version 3/)] });
    expect(restoreRecord({ version: 'x', plan: plan() })).toMatchObject({ ok: false, kept: true });
    expect(restoreRecord(null)).toMatchObject({ ok: false });
    expect(restoreRecord([1, 2])).toMatchObject({ ok: false });
  });

  it('fills a missing format line (a plan saved without it)', () => {
    const { format: _f, ...bare } = plan();
    expect(restorePlan(bare)).toMatchObject({ ok: true, dropped: [], plan: { format: 'asa-license-plan/1' } });
  });

  it('another plan format is named and never repaired', () => {
    const r = restorePlan({ ...plan(), format: 'asa-license-plan/2' });
    expect(r).toEqual({
      ok: false,
      kept: true,
      messages: [expect.stringMatching(/^Plan format “asa-license-plan\/2” is not one this version of the planner reads \(it reads “asa-license-plan\/1”\)/)],
    });
  });
});

describe('tolerant restore: drop what cannot be placed, report it', () => {
  it('drops a bad event, a bad key and a bad optional field, keeps the rest', () => {
    const p = plan();
    const input = {
      ...p,
      purchaseLeadDays: 9999,
      deployment: {
        ...p.deployment,
        units: [
          {
            ...p.deployment.units[0],
            software: 'latest',
            timeBased: [
              { id: 'good', features: { 'botnet-traffic-filter': true }, days: 30 },
              { id: 'bad key', features: {}, days: 30 },
            ],
          },
        ],
      },
      events: [
        { day: 3, type: 'teleport' },
        { day: 5, type: 'link-down', days: 2 },
      ],
    };
    const r = restorePlan(input);
    if (!r.ok) throw new Error(r.messages.join('\n'));
    expect(r.plan.purchaseLeadDays).toBeUndefined();
    expect(r.plan.deployment.units[0]).not.toHaveProperty('software');
    expect((r.plan.deployment.units[0] as { timeBased: { id: string }[] }).timeBased.map((k) => k.id)).toEqual(['good']);
    expect(r.plan.events).toEqual([{ day: 5, type: 'link-down', days: 2 }]);
    expect(r.dropped).toHaveLength(4);
    expect(r.dropped.join('\n')).toMatch(/^purchaseLeadDays 9999 was dropped/m);
    expect(r.dropped.join('\n')).toMatch(/^deployment\.units\[0\]\.timeBased\[1\] \{"id":"bad key".*was dropped: deployment\.units\[0\]\.timeBased\[1\]\.id/m);
    expect(r.dropped.join('\n')).toMatch(/^events\[0\] \{"day":3,"type":"teleport"\} was dropped/m);
  });

  it('refuses, with the engine’s messages, what cannot be dropped (a unit’s model, the start date)', () => {
    const p = plan();
    const r = restorePlan({ ...p, startDate: '2027-02-30' });
    expect(r).toMatchObject({ ok: false, kept: false, messages: [expect.stringMatching(/^startDate: "2027-02-30"/)] });
    const u = restorePlan({ ...p, deployment: { ...p.deployment, units: [{ ...p.deployment.units[0], model: 'asa-9999' }] } });
    expect(u.ok).toBe(false);
  });

  it('refuses oversized plans without trying to repair them', () => {
    const r = restorePlan({ ...plan(), events: Array.from({ length: 30_000 }, () => ({ day: 0, type: 'link-down', days: 1 })) });
    expect(r).toMatchObject({ ok: false, messages: [expect.stringMatching(/more than 20000/)] });
  });

  it('paths and targets', () => {
    expect(pathSegments('deployment.units[0].timeBased[12].features.vlans')).toEqual(['deployment', 'units', 0, 'timeBased', 12, 'features', 'vlans']);
    expect(dropTarget(['events', 3, 'day'])).toEqual(['events', 3]);
    expect(dropTarget(['deployment', 'units', 1, 'permanent', 'features', 'vlans'])).toEqual(['deployment', 'units', 1, 'permanent', 'features', 'vlans']);
    expect(dropTarget(['deployment', 'units', 1, 'model'])).toBeUndefined();
    expect(dropTarget(['startDate'])).toBeUndefined();
    expect(dropTarget(['secureClient', 'licenses', 0, 'users'])).toEqual(['secureClient', 'licenses', 0]);
  });
});

describe('revisions in the stored text', () => {
  it('are read from the first characters, without parsing the plan', () => {
    const text = recordText(17, plan(), DEFAULT_VIEW);
    expect(text.startsWith('{"version":2,"revision":17,')).toBe(true);
    expect(peekRevision(text)).toBe(17);
    expect(peekRevision(null)).toBeUndefined();
    expect(peekRevision(JSON.stringify({ plan: plan() }))).toBe('unversioned');
    expect(peekRevision('{{{')).toBe('unversioned');
    expect(peekRevision(JSON.stringify({ plan: plan(), revision: 4, version: 2 }))).toBe(4);
  });

  it('newer means a higher number, or an unversioned record once this tab has saved one', () => {
    expect(isNewerRevision(3, 2)).toBe(true);
    expect(isNewerRevision(2, 2)).toBe(false);
    expect(isNewerRevision(undefined, 2)).toBe(false);
    expect(isNewerRevision('unversioned', 0)).toBe(false);
    expect(isNewerRevision('unversioned', 1)).toBe(true);
  });
});
