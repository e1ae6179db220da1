import { useTheme, type ThemeChoice } from './use-theme';

export function ThemeToggle() {
  const [theme, setTheme] = useTheme();
  return (
    <label className="inline-field">
      <span>Theme</span>
      <select value={theme} onChange={(e) => setTheme(e.target.value as ThemeChoice)}>
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  );
}
