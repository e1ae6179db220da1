// The app's pages: the plan editor, two plans side by side, the printable report.
import { RouteLink } from '../ui/route-link';

export function ViewNav() {
  return (
    <nav className="view-nav" aria-label="Pages">
      <RouteLink to="plan" className="button">
        Plan
      </RouteLink>
      <RouteLink to="size" className="button">
        What do you need?
      </RouteLink>
      <RouteLink to="fleet" className="button">
        Fleet
      </RouteLink>
      <RouteLink to="compare" className="button">
        Compare plans
      </RouteLink>
      <RouteLink to="report" className="button">
        Print report
      </RouteLink>
    </nav>
  );
}
