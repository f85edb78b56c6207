/**
 * antd's Select (rc-select) leaves its open list unnamed and its scroll region without a tab stop (axe:
 * aria-input-field-name, scrollable-region-focusable; issue 15). Every Select of the console is mended here, as its
 * list opens, rather than at each of its uses:
 * - the listbox takes the name of the combobox that controls it (its aria-label, aria-labelledby or <label for>), so
 *   a screen reader says which list it is in (承办单位, not an unnamed list);
 * - the list's scroll region gets tabindex=0. The list is scrolled from the combobox's arrow keys
 *   (aria-activedescendant), where focus stays; the popup sits at the end of <body> and closes when the combobox loses
 *   focus, so Tab never reaches that stop and the keyboard path is unchanged. The attribute tells assistive
 *   technology and axe that the region may be scrolled by keyboard;
 * - the clear button (allowClear) says 清除: antd 6 labels it "Clear" whatever the locale.
 */
const LISTBOX = '.ant-select-dropdown [role="listbox"]';
const SCROLLER = '.ant-select-dropdown-list-holder';

function comboboxOf(listbox: Element): HTMLElement | null {
  const id = listbox.id;
  if (!id) return null;
  return (
    document.querySelector<HTMLElement>(`[aria-controls="${CSS.escape(id)}"], [aria-owns="${CSS.escape(id)}"]`) ??
    document.getElementById(id.replace(/_list$/, ''))
  );
}

/** The combobox's name as a label would give it: aria-label, the elements of aria-labelledby, or a <label for>. */
export function nameOfCombobox(combobox: HTMLElement): string {
  const label = combobox.getAttribute('aria-label');
  if (label) return label;
  const labelledBy = combobox.getAttribute('aria-labelledby');
  if (labelledBy) {
    return labelledBy
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
      .filter(Boolean)
      .join(' ');
  }
  const forLabel = combobox.id ? document.querySelector(`label[for="${CSS.escape(combobox.id)}"]`) : null;
  return forLabel?.textContent?.trim() ?? '';
}

function mend(root: ParentNode): void {
  root.querySelectorAll(LISTBOX).forEach((listbox) => {
    if (listbox.hasAttribute('aria-label')) return;
    const combobox = comboboxOf(listbox);
    const name = combobox && nameOfCombobox(combobox);
    listbox.setAttribute('aria-label', name ? `${name}选项` : '选项');
  });
  root.querySelectorAll('.ant-select-clear[aria-label="Clear"]').forEach((clear) => clear.setAttribute('aria-label', '清除'));
  root.querySelectorAll(SCROLLER).forEach((scroller) => {
    if (!scroller.hasAttribute('tabindex')) scroller.setAttribute('tabindex', '0');
  });
}

export function mendSelectLists(root: HTMLElement = document.body): MutationObserver {
  const observer = new MutationObserver((mutations) => {
    if (mutations.some((mutation) => mutation.addedNodes.length > 0)) mend(root);
  });
  observer.observe(root, { subtree: true, childList: true });
  return observer;
}
