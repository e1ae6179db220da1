// The Issues panel's first entries: fields whose typed text is not applied to the plan.
import { useUnappliedInputs } from '../../ui/input/unapplied-inputs';

export function UnappliedInputsList({ goTo }: { goTo: (path: string) => void }) {
  const inputs = useUnappliedInputs((s) => s.inputs);
  const list = Object.values(inputs);
  if (list.length === 0) return null;
  return (
    <ul className="issues" data-testid="unapplied-inputs" aria-label="Fields not applied">
      {list.map((f, i) => (
        <li key={i} className="issue issue-error">
          <span className="badge badge-error">Not applied</span>
          <div className="issue-body">
            <p>
              <strong>{f.label}</strong>: you typed “{f.text}”. {f.message}
            </p>
            <p className="issue-meta">
              {f.cite && <cite>{f.cite}</cite>}
              {f.path !== undefined && (
                <button type="button" className="link" onClick={() => goTo(f.path!)}>
                  Go to {f.label}
                </button>
              )}
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}
