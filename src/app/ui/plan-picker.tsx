// A labelled choice among the saved plans (the header's plan switcher, the comparison's A and B).
export function PlanPicker({
  label,
  value,
  plans,
  onPick,
  testId,
  inline = false,
}: {
  label: string;
  value: string;
  plans: readonly { id: string; name: string }[];
  onPick: (id: string) => void;
  testId: string;
  inline?: boolean;
}) {
  return (
    <label className={inline ? 'inline-field' : 'stacked-field'}>
      <span>{label}</span>
      <select value={value} onChange={(e) => onPick(e.target.value)} data-testid={testId}>
        {plans.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name || 'Untitled plan'}
          </option>
        ))}
      </select>
    </label>
  );
}
