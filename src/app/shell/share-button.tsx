// A link carrying the plan and the view in its fragment, to copy and send.
import { useEffect, useRef, useState } from 'react';
import { resolveComparePair } from '../features/compare/compare-selection';
import { parseRoute } from '../ui/route';
import { shareUrl, type SharedComparison } from '../persistence/share-link';
import { planStore, type PlanState } from '../store/plan-store';

/** On the comparison page the link carries both compared plans, so it opens the same comparison anywhere. */
function sharedComparison(s: PlanState): SharedComparison | undefined {
  if (parseRoute(window.location.search) !== 'compare') return undefined;
  const pair = resolveComparePair(s.view.compare, s.planId, s.savedPlans);
  const a = s.readSavedPlan(pair.a);
  const b = s.readSavedPlan(pair.b);
  return 'plan' in a && 'plan' in b ? { a: a.plan, b: b.plan } : undefined;
}

export function ShareButton() {
  const [link, setLink] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (link !== null) input.current?.focus();
  }, [link]);
  const close = () => {
    setLink(null);
    opener.current?.focus();
  };
  const make = async () => {
    const state = planStore().getState();
    const compare = sharedComparison(state);
    const view = compare ? { ...state.view, compare: { onlyChanges: false, ...state.view.compare, ...resolveComparePair(state.view.compare, state.planId, state.savedPlans) } } : state.view;
    const url = shareUrl(window.location.href, state.plan, view, compare);
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setStatus('Link copied to the clipboard.');
    } catch {
      setStatus('Copy the link below.');
    }
  };
  return (
    <div className="share">
      <button ref={opener} type="button" onClick={() => void make()} aria-expanded={link !== null} aria-controls="share-panel">
        Share link
      </button>
      {link !== null && (
        <div id="share-panel" className="popover" role="dialog" aria-label="Share link" onKeyDown={(e) => e.key === 'Escape' && close()}>
          <label className="stacked-field">
            <span>Link to this plan and view (nothing is uploaded: the plan is inside the link)</span>
            <input ref={input} readOnly value={link} onFocus={(e) => e.currentTarget.select()} data-testid="share-url" />
          </label>
          <p role="status" className="muted">
            {status} {link.length.toLocaleString('en-US')} characters.
          </p>
          <button type="button" className="align-start" onClick={close}>
            Close
          </button>
        </div>
      )}
    </div>
  );
}
