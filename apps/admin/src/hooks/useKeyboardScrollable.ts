import { useEffect, useRef } from 'react';

/**
 * A table wider than its card scrolls sideways inside antd's `.ant-table-content`, which a keyboard cannot reach
 * (WCAG 2.1.1; axe's scrollable-region-focusable). Put the returned ref on an element around the table: its scroll
 * region gets a tab stop and a name, so arrow keys scroll it.
 */
export function useKeyboardScrollable<T extends HTMLElement>(label: string) {
  const ref = useRef<T>(null);
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const mark = () =>
      root.querySelectorAll<HTMLElement>('.ant-table-content').forEach((region) => {
        region.tabIndex = 0;
        region.setAttribute('role', 'region');
        region.setAttribute('aria-label', label);
      });
    mark();
    const observer = new MutationObserver(mark);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [label]);
  return ref;
}
