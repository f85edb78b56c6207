/**
 * antd's Tabs (rc-tabs) announce a focused tab through a hidden live region with the hard-coded English "Tab 1 of 3",
 * which no locale reaches (issue 15: the console speaks Chinese to screen readers). The text is rewritten where it
 * appears, before the browser paints, to 第 1 个标签页，共 3 个; React leaves the node alone until the position changes.
 */
const ENGLISH_POSITION = /^Tab (\d+) of (\d+)$/;

export function chinesePosition(text: string): string | undefined {
  const match = ENGLISH_POSITION.exec(text.trim());
  return match ? `第 ${match[1]} 个标签页，共 ${match[2]} 个` : undefined;
}

function translate(node: Node): void {
  if (node.nodeType === Node.TEXT_NODE) {
    const chinese = node.nodeValue && chinesePosition(node.nodeValue);
    if (chinese && node.parentElement?.closest('.ant-tabs-tab')) node.nodeValue = chinese;
  } else if (node instanceof Element) {
    const regions = [...(node.matches('[aria-live]') ? [node] : []), ...node.querySelectorAll('[aria-live]')];
    regions.forEach((region) => region.childNodes.forEach(translate));
  }
}

export function translateTabPositions(root: Node = document.body): MutationObserver {
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'characterData') translate(mutation.target);
      else mutation.addedNodes.forEach(translate);
    }
  });
  observer.observe(root, { subtree: true, childList: true, characterData: true });
  return observer;
}
