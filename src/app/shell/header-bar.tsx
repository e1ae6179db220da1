import { PlanFileButtons } from './plan-file-buttons';
import { PlansMenu } from './plans-menu';
import { ShareButton } from './share-button';
import { ThemeToggle } from './theme-toggle';
import { UndoRedoButtons } from './undo-redo-buttons';
import { ViewNav } from './view-nav';

export function HeaderBar() {
  return (
    <header className="topbar">
      <h1>
        <img src="/favicon.svg" alt="" width="28" height="28" /> ASA License Planner
      </h1>
      <ViewNav />
      <nav className="toolbar" aria-label="Plan actions">
        <PlansMenu />
        <UndoRedoButtons />
        <PlanFileButtons />
        <ShareButton />
        <ThemeToggle />
      </nav>
    </header>
  );
}
