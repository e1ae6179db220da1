import { describe, expect, it } from 'vitest';
import { parseRoute, routeUrl } from './route';

describe('routes in the query string', () => {
  it.each([
    ['', 'plan'],
    ['?view=compare', 'compare'],
    ['?view=size', 'size'],
    ['?view=fleet', 'fleet'],
    ['?x=1&view=report', 'report'],
    ['?view=other', 'plan'],
  ] as const)('%j is the %s page', (search, route) => {
    expect(parseRoute(search)).toBe(route);
  });

  it('builds the URL of a page, keeping other parameters and dropping the fragment', () => {
    expect(routeUrl('https://x.test/app/?a=1#share=abc', 'compare')).toBe('https://x.test/app/?a=1&view=compare');
    expect(routeUrl('https://x.test/app/?view=report', 'plan')).toBe('https://x.test/app/');
  });
});
