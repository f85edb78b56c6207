/**
 * Which chunks of a long list to render: those within `overscan` screens of the viewport. The others are replaced
 * by empty boxes of their measured height (or the estimate until measured), so the page keeps its scroll height.
 * `listTop` is the list's offset from the top of the page, `scrollTop` the page's scroll position, all in px.
 */
export function chunksToRender(heights: number[], listTop: number, scrollTop: number, windowHeight: number, overscan = 1.5): number[] {
  const from = scrollTop - overscan * windowHeight;
  const to = scrollTop + (1 + overscan) * windowHeight;
  const shown: number[] = [];
  let top = listTop;
  heights.forEach((height, index) => {
    const bottom = top + height;
    // The last chunk (where more items arrive) always renders, so reaching the bottom keeps working.
    if ((bottom >= from && top <= to) || index === heights.length - 1) shown.push(index);
    top = bottom;
  });
  return shown;
}

export function sameChunks(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
