// Taro's H5 <Button> is a <taro-button-core> element with no native button inside: no role, not in the Tab order, deaf
// to Enter and Space. In the H5 build every such element is given role=button and a tab stop (none while disabled),
// and Enter or Space on it clicks it, as on a native button (WCAG 2.1.1 and 4.1.2; docs/accessibility.md).
const BUTTON = 'taro-button-core';

function describe(button: Element): void {
  if (button.getAttribute('role') !== 'button') button.setAttribute('role', 'button');
  const disabled = button.hasAttribute('disabled') && button.getAttribute('disabled') !== 'false';
  const tabIndex = disabled ? '-1' : '0';
  if (button.getAttribute('tabindex') !== tabIndex) button.setAttribute('tabindex', tabIndex);
  if (disabled) button.setAttribute('aria-disabled', 'true');
  else if (button.hasAttribute('aria-disabled')) button.removeAttribute('aria-disabled');
}

export function makeTaroButtonsAccessible(root: Document = document): void {
  root.querySelectorAll(BUTTON).forEach(describe);
  new MutationObserver((changes) => {
    for (const change of changes) {
      if (change.type === 'attributes' && change.target instanceof Element && change.target.localName === BUTTON) describe(change.target);
      change.addedNodes.forEach((node) => {
        if (!(node instanceof Element)) return;
        if (node.localName === BUTTON) describe(node);
        node.querySelectorAll(BUTTON).forEach(describe);
      });
    }
  }).observe(root.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled'] });
  root.addEventListener('keydown', (event) => {
    const target = event.target as Element | null;
    if (!target || target.localName !== BUTTON || (event.key !== 'Enter' && event.key !== ' ')) return;
    event.preventDefault();
    if (target.getAttribute('aria-disabled') !== 'true') (target as HTMLElement).click();
  });
}
