/**
 * Focus goes back to what opened a dialog (WCAG 2.4.3, issue 15), whether it closes by Esc, 取消 or after its form was
 * sent. antd restores focus itself only for a Modal that stays mounted; the console's dialogs are mounted while open
 * and unmounted on close, which drops focus on <body>. So the console remembers the last thing focused outside a
 * dialog and, when the last dialog has gone and focus is nowhere, puts it back there. When a list re-rendered meanwhile
 * (the table row of the opener replaced or gone), the same control of the same row (its `data-row-key`) takes focus, or
 * failing that the control with the same name nearest where the opener was, or the table.
 */
const DIALOG_ROOTS = '.ant-modal-wrap, .ant-modal-root, .ant-drawer';
/** How long after a dialog closed a re-render that drops focus is still mended. */
const SETTLE_MS = 3000;

interface Opener {
  element: HTMLElement;
  /** The table row it sits in, by rowKey, and its name, to find its replacement after a re-render. */
  rowKey: string | null;
  name: string;
  table: Element | null;
}

function nameOf(element: HTMLElement): string {
  return (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, '');
}

function describe(element: HTMLElement): Opener {
  return {
    element,
    rowKey: element.closest('tr[data-row-key]')?.getAttribute('data-row-key') ?? null,
    name: nameOf(element),
    table: element.closest('.ant-table-wrapper'),
  };
}

function dialogOpen(): boolean {
  return [...document.querySelectorAll('[role="dialog"]')].some((dialog) => dialog.getClientRects().length > 0);
}

function focusable(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), input:not([disabled]), [tabindex]:not([tabindex="-1"])')];
}

/** The opener itself while it is still on the page, else its replacement. */
export function findOpener(opener: Opener): HTMLElement | undefined {
  if (opener.element.isConnected) return opener.element;
  const sameName = (candidates: HTMLElement[]) => candidates.find((candidate) => nameOf(candidate) === opener.name);
  if (opener.rowKey !== null) {
    const row = document.querySelector(`tr[data-row-key="${CSS.escape(opener.rowKey)}"]`);
    const inRow = row && sameName(focusable(row));
    if (inRow) return inRow;
  }
  const table = opener.table?.isConnected ? opener.table : document.querySelector('.ant-table-wrapper');
  if (table) {
    const inTable = sameName(focusable(table));
    if (inTable) return inTable;
    const body = table.querySelector<HTMLElement>('.ant-table-content, .ant-table-body');
    if (body) {
      if (!body.hasAttribute('tabindex')) body.tabIndex = -1;
      return body;
    }
  }
  return sameName(focusable(document.querySelector('main') ?? document.body));
}

function lost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || !active.isConnected || active.closest(DIALOG_ROOTS) !== null;
}

export function returnFocusToOpeners(): () => void {
  let opener: Opener | undefined;
  let wasOpen = false;
  let closedAt = 0;

  const remember = (event: FocusEvent) => {
    const target = event.target;
    if (target instanceof HTMLElement && target !== document.body && !target.closest(DIALOG_ROOTS)) opener = describe(target);
  };

  const check = () => {
    const open = dialogOpen();
    if (wasOpen && !open) closedAt = Date.now();
    wasOpen = open;
    if (open || !opener || Date.now() - closedAt > SETTLE_MS || !lost()) return;
    findOpener(opener)?.focus({ preventScroll: false });
  };

  document.addEventListener('focusin', remember, true);
  const observer = new MutationObserver(check);
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['style', 'class'] });
  return () => {
    document.removeEventListener('focusin', remember, true);
    observer.disconnect();
  };
}
