import { chunksToRender, sameChunks } from './window';

describe('chunksToRender', () => {
  // Twenty chunks of 1000 px under a 200 px header, on an 800 px screen.
  const heights = Array.from({ length: 20 }, () => 1000);

  it('renders the chunks near the screen and the last one', () => {
    expect(chunksToRender(heights, 200, 0, 800)).toEqual([0, 1, 19]);
    // Scrolled to 10,200: the screen shows chunk 10; 1.5 screens either side reach chunks 8 to 12.
    expect(chunksToRender(heights, 200, 10_200, 800)).toEqual([8, 9, 10, 11, 12, 19]);
    expect(chunksToRender(heights, 200, 19_500, 800)).toEqual([18, 19]);
  });

  it('renders everything while the list is shorter than the window', () => {
    expect(chunksToRender([300, 300], 0, 0, 800)).toEqual([0, 1]);
    expect(chunksToRender([], 0, 0, 800)).toEqual([]);
  });

  it('compares chunk lists', () => {
    expect(sameChunks([1, 2], [1, 2])).toBe(true);
    expect(sameChunks([1, 2], [1, 3])).toBe(false);
    expect(sameChunks([1], [1, 2])).toBe(false);
  });
});
