import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../engine/index';
import { bigClusterPlan, oneUnitPlan, randomPlans } from '../../../bench/plans';
import { newPlan } from '../store/new-plan';
import { applyCommand } from '../store/plan-commands';
import { DEFAULT_VIEW, type ViewState } from '../store/view-state';
import { RECORD_VERSION, recordText, restoreRecord } from './saved-record';
import { openSealedRecord, RECORD_SEAL, sealedRecordText, textHash } from './sealed-record';
import { commitPlan, loadSavedPlan, memoryStorage, planKey, savePlan, unsavedKey } from './storage';
import { loadWorkspace, workspaceReadsWithoutEngine } from './workspace';

/** What a reader of this build gets from a stored text: the engine's restore (the long way). */
function restored(text: string) {
  const r = restoreRecord(JSON.parse(text));
  if (!r.ok) throw new Error(r.messages.join('; '));
  return { revision: r.record.revision, plan: r.record.plan, view: r.record.view };
}

/** The text this app wrote before records were sealed. */
const unsealedText = (revision: number, plan: Plan, view: ViewState) => JSON.stringify({ version: RECORD_VERSION, revision, plan, view });

const views: ViewState[] = [
  DEFAULT_VIEW,
  { ...DEFAULT_VIEW, asOfDay: 412, selectedUnit: 1, filterText: 'vpn', filterSource: 'time-based', cappedOnly: true, sorting: [{ id: 'feature', desc: true }] },
  { ...DEFAULT_VIEW, chartFeature: 'botnet-traffic-filter', chartUnit: '*', compare: { a: 'p-1', b: 'p-2', onlyChanges: true } },
  // Not what the view schema allows: the sealed record holds the view as restoring it gives it.
  { ...DEFAULT_VIEW, asOfDay: -5, filterText: 7 } as unknown as ViewState,
];

function plansToSeal(): Plan[] {
  const fresh = newPlan('2027-01-01', 'HQ');
  const edited = applyCommand(
    applyCommand(applyCommand(fresh, { type: 'set-deployment-mode', mode: 'failover' }), { type: 'add-time-key', unit: 0, features: { 'botnet-traffic-filter': true }, days: 364, installDay: 30 }),
    { type: 'set-plan-name', name: 'HQ “edge” pair' },
  );
  return [fresh, edited, oneUnitPlan() as Plan, bigClusterPlan(3650) as Plan, ...(randomPlans(150, 7) as Plan[])];
}

describe('sealed records (opened before the engine loads)', () => {
  it('open to the same plan, view and revision as restoring the text this app wrote before', () => {
    let n = 0;
    for (const plan of plansToSeal()) {
      for (const view of views) {
        const revision = n++ % 50;
        const text = recordText(revision, plan, view);
        const opened = openSealedRecord(text, RECORD_VERSION);
        expect(opened, `plan ${n}`).toBeDefined();
        const before = restored(unsealedText(revision, plan, view));
        expect(JSON.stringify(opened)).toBe(JSON.stringify(before));
        // And the long way reads the sealed text the same.
        expect(JSON.stringify(restored(text))).toBe(JSON.stringify(before));
      }
    }
  });

  it('any view, however odd, opens as restoring it gives (fast-check)', () => {
    const plan = newPlan('2027-01-01', 'HQ');
    const field = fc.oneof(fc.integer({ min: -10, max: 40_000 }), fc.string({ maxLength: 90 }), fc.boolean(), fc.constant(null), fc.anything({ maxDepth: 2 }));
    const view = fc.record(
      {
        asOfDay: field,
        selectedUnit: field,
        filterText: field,
        filterSource: fc.oneof(fc.constantFrom('all', 'model', 'permanent', 'time-based', 'combined', 'smart'), field),
        cappedOnly: field,
        sorting: fc.oneof(fc.array(fc.record({ id: fc.string({ maxLength: 70 }), desc: fc.boolean() }), { maxLength: 10 }), field),
        chartFeature: fc.oneof(fc.constantFrom('vlans', 'botnet-traffic-filter'), field),
        chartUnit: field,
        compare: fc.oneof(fc.record({ a: field, b: field, date: fc.oneof(fc.constant('2027-02-03'), field), onlyChanges: field }, { requiredKeys: [] }), field),
        extra: field,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(view, fc.nat({ max: 1_000_000 }), (v, revision) => {
        const text = recordText(revision, plan, v as unknown as ViewState);
        const opened = openSealedRecord(text, RECORD_VERSION);
        expect(opened).toBeDefined();
        expect(JSON.stringify(opened)).toBe(JSON.stringify(restored(unsealedText(revision, plan, v as unknown as ViewState))));
      }),
      { numRuns: 300 },
    );
  });

  it('are refused when the text was edited, sealed by another build or of another record version', () => {
    const text = recordText(3, newPlan('2027-01-01', 'HQ'), DEFAULT_VIEW);
    expect(openSealedRecord(text, RECORD_VERSION)?.plan.name).toBe('HQ');
    expect(openSealedRecord(text.replace('"HQ"', '"HR"'), RECORD_VERSION)).toBeUndefined();
    expect(openSealedRecord(text.replace('"asOfDay":0', '"asOfDay":9'), RECORD_VERSION)).toBeUndefined();
    expect(openSealedRecord(text.replace(RECORD_SEAL, 'abc'), RECORD_VERSION)).toBeUndefined();
    expect(openSealedRecord(text, RECORD_VERSION + 1)).toBeUndefined();
    expect(openSealedRecord(text.replace('"revision":3', '"revision":99999999999999999'), RECORD_VERSION)).toBeUndefined();
    expect(openSealedRecord(text.slice(0, -1), RECORD_VERSION)).toBeUndefined();
    expect(openSealedRecord(null, RECORD_VERSION)).toBeUndefined();
    expect(openSealedRecord('{"version":2,"revision":1,"plan":{}}', RECORD_VERSION)).toBeUndefined();
    // A body whose hash matches but which is not a record (only this build writes seals; still never throws).
    const body = '"plan":1,"view":{}}';
    expect(openSealedRecord(`{"version":2,"revision":1,"seal":"${RECORD_SEAL}:${textHash(body)}",${body}`, RECORD_VERSION)).toBeUndefined();
  });

  it('a plan the engine cannot read is written unsealed, as before, and read the long way', () => {
    const broken = { ...newPlan('2027-01-01', 'HQ'), startDate: 'soon' } as Plan;
    const text = recordText(1, broken, DEFAULT_VIEW);
    expect(text).toBe(unsealedText(1, broken, DEFAULT_VIEW));
    expect(openSealedRecord(text, RECORD_VERSION)).toBeUndefined();
  });

  it('the seal names the reading rules and hashes the rest of the text', () => {
    const text = sealedRecordText(RECORD_VERSION, 4, newPlan('2027-01-01', 'HQ'), DEFAULT_VIEW, 'build1');
    const m = /^\{"version":2,"revision":4,"seal":"build1:([0-9a-z]+)",(.*)$/s.exec(text);
    expect(m).not.toBeNull();
    expect(textHash(m![2]!)).toBe(m![1]);
    expect(openSealedRecord(text, RECORD_VERSION, 'build1')).toBeDefined();
    expect(openSealedRecord(text, RECORD_VERSION, 'build2')).toBeUndefined();
    expect(RECORD_SEAL).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('a saved workspace that opens before the engine loads', () => {
  const saved = () => {
    const s = memoryStorage();
    savePlan(s, 'a', { plan: newPlan('2027-01-01', 'A'), view: DEFAULT_VIEW }, 1);
    savePlan(s, 'b', { plan: newPlan('2027-01-01', 'B'), view: { ...DEFAULT_VIEW, asOfDay: 9 } }, 2);
    return s;
  };

  it('is one whose current plan is sealed by this build, with no unsaved edits left by a tab', () => {
    const s = saved();
    expect(workspaceReadsWithoutEngine(s)).toBe(true);
    const w = loadWorkspace(s);
    expect(w).toMatchObject({ currentId: 'b', problems: [], notes: [], current: { revision: 1, plan: { name: 'B' }, view: { asOfDay: 9 } } });

    s.setItem(unsavedKey('a'), recordText(0, newPlan('2027-01-01', 'A2'), DEFAULT_VIEW));
    expect(workspaceReadsWithoutEngine(s)).toBe(false);
  });

  it('is not one whose current record is unsealed (an older app wrote it), edited, or missing', () => {
    const s = saved();
    const text = s.getItem(planKey('b'))!;
    s.setItem(planKey('b'), unsealedText(1, newPlan('2027-01-01', 'B'), DEFAULT_VIEW));
    expect(workspaceReadsWithoutEngine(s)).toBe(false);
    s.setItem(planKey('b'), text.replace('"B"', '"C"'));
    expect(workspaceReadsWithoutEngine(s)).toBe(false);
    // The long way still reads the edited text.
    expect(loadSavedPlan(s, 'b')).toMatchObject({ plan: { name: 'C' } });
    s.removeItem(planKey('b'));
    expect(workspaceReadsWithoutEngine(s)).toBe(false);
    s.setItem('asa-planner/index', '{{{');
    expect(workspaceReadsWithoutEngine(s)).toBe(false);
    expect(workspaceReadsWithoutEngine({ getItem: () => null, setItem: () => {}, removeItem: () => {} })).toBe(false);
  });

  it('a plan opened from a sealed record is saved sealed again (before the engine could check it)', () => {
    const s = saved();
    const opened = loadSavedPlan(s, 'b');
    if ('error' in opened) throw new Error(opened.error.join());
    const r = commitPlan(s, 'b', { plan: opened.plan, view: opened.view }, opened.revision, false, 3);
    expect(r.ok).toBe(true);
    expect(openSealedRecord(s.getItem(planKey('b')), RECORD_VERSION)?.plan).toEqual(opened.plan);
  });
});
