/**
 * antd's icons carry their English names as screen-reader text (`<span role="img" aria-label="plus">`): inside a
 * button or link that has its own name they turn 登记申请 into "plus 登记申请", and on their own they say "info-circle"
 * (issue 15, point 6: Chinese screen-reader text). Such an icon only decorates, so it is hidden from assistive
 * technology. An icon that is all a control has for a name keeps it, to be named in Chinese where it is used (the
 * pagination's arrows take their item's title; antd's own icon-only controls take ICON_ONLY_NAMES).
 */
const ICON = '.anticon[role="img"][aria-label]';
const CONTROL = 'button, a[href], [role="button"], [role="link"], [role="menuitem"], [role="tab"], [role="switch"], [role="checkbox"], [role="option"]';

/** Chinese names for the controls antd draws with an icon alone (a search box's button, a clear cross, a menu's 更多, a table column's 筛选). */
const ICON_ONLY_NAMES: Record<string, string> = {
  search: '搜索',
  'close-circle': '清除',
  close: '关闭',
  ellipsis: '更多',
  filter: '筛选',
  left: '上一页',
  right: '下一页',
  'double-left': '向前',
  'double-right': '向后',
  reload: '刷新',
};

/** Whether `control` has a name of its own besides its icons: a label attribute, or text. */
function namedWithoutIcons(control: Element): boolean {
  if (control.getAttribute('aria-label')?.trim() || control.getAttribute('aria-labelledby')?.trim() || control.getAttribute('title')?.trim()) return true;
  const copy = control.cloneNode(true) as Element;
  copy.querySelectorAll('.anticon').forEach((icon) => icon.remove());
  return (copy.textContent ?? '').trim() !== '';
}

export function quietIconNames(root: ParentNode): void {
  root.querySelectorAll(ICON).forEach((icon) => {
    const control = icon.parentElement?.closest(CONTROL);
    if (control && !namedWithoutIcons(control)) {
      // antd's pagination puts the Chinese name (上一页, 下一页) on the item around an unnamed button.
      const name = control.parentElement?.closest('li[title]')?.getAttribute('title') ?? ICON_ONLY_NAMES[icon.getAttribute('aria-label')!];
      if (!name) return;
      control.setAttribute('aria-label', name);
    }
    icon.removeAttribute('aria-label');
    icon.setAttribute('aria-hidden', 'true');
  });
}

/** Keeps every icon the console renders quiet, as it is added. */
export function quietIconNamesAsTheyCome(root: HTMLElement = document.body): MutationObserver {
  quietIconNames(root);
  const observer = new MutationObserver((mutations) => {
    if (mutations.some((mutation) => mutation.addedNodes.length > 0)) quietIconNames(root);
  });
  observer.observe(root, { subtree: true, childList: true });
  return observer;
}
