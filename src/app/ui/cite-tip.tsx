// A citation shown on hover or keyboard focus: a small focusable marker with a tooltip.
import { useId } from 'react';

export function CiteTip({ cite, label = 'Source' }: { cite: string; label?: string }) {
  const id = useId();
  return (
    <span className="cite-tip">
      <button type="button" className="cite-marker" aria-describedby={id} aria-label={`${label}: ${cite}`}>
        §
      </button>
      <span role="tooltip" id={id} className="cite-bubble">
        {cite}
      </span>
    </span>
  );
}
