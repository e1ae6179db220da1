// A long list in the page's own scroll: only the items near the viewport are rendered.
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

export function VirtualKeyStack({ count, render }: { count: number; render: (index: number) => ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [margin, setMargin] = useState(0);
  useLayoutEffect(() => {
    if (ref.current) setMargin(ref.current.getBoundingClientRect().top + window.scrollY);
  }, []);
  const v = useWindowVirtualizer({ count, estimateSize: () => 280, overscan: 3, scrollMargin: margin });
  return (
    <div ref={ref} data-testid="virtual-key-stack" style={{ height: v.getTotalSize(), position: 'relative' }}>
      {v.getVirtualItems().map((item) => (
        <div key={item.key} data-index={item.index} ref={v.measureElement} style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start - margin}px)` }}>
          {render(item.index)}
        </div>
      ))}
    </div>
  );
}
