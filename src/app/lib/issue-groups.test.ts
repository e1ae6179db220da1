import { describe, expect, it } from 'vitest';
import type { Issue } from '../../engine/index';
import { FOLD_OVER, issueEntries, SHOWN_PER_CODE } from './issue-groups';

const issue = (severity: Issue['severity'], code: string, message = code): Issue => ({ severity, code, message }) as Issue;

describe('the issues panel’s entries', () => {
  it('puts errors first and keeps the engine’s order within a severity', () => {
    const entries = issueEntries([issue('info', 'a'), issue('error', 'b'), issue('warning', 'c'), issue('info', 'd')]);
    expect(entries.map((e) => (e.kind === 'issue' ? e.issue.code : e.code))).toEqual(['b', 'c', 'a', 'd']);
  });

  it('folds a code repeated more than FOLD_OVER times after its first few', () => {
    const many = Array.from({ length: FOLD_OVER + 4 }, (_, i) => issue('info', 'renewal-needed', `lapse ${i}`));
    const entries = issueEntries([issue('warning', 'w'), ...many, issue('info', 'other')]);
    expect(entries.filter((e) => e.kind === 'issue')).toHaveLength(1 + SHOWN_PER_CODE + 1);
    const fold = entries.find((e) => e.kind === 'fold');
    expect(fold).toMatchObject({ code: 'renewal-needed', severity: 'info' });
    expect(fold?.kind === 'fold' && fold.issues.map((i) => i.message)).toEqual(many.slice(SHOWN_PER_CODE).map((i) => i.message));
    // Nothing is lost: every issue is shown or folded.
    const count = entries.reduce((n, e) => n + (e.kind === 'issue' ? 1 : e.issues.length), 0);
    expect(count).toBe(many.length + 2);
  });

  it('does not fold FOLD_OVER issues of one code', () => {
    const entries = issueEntries(Array.from({ length: FOLD_OVER }, () => issue('warning', 'x')));
    expect(entries.every((e) => e.kind === 'issue')).toBe(true);
  });
});
