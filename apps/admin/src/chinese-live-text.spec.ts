import { chinesePosition } from './chinese-live-text';

describe('chinesePosition', () => {
  it('says rc-tabs’ English position in Chinese', () => {
    expect(chinesePosition('Tab 2 of 3')).toBe('第 2 个标签页，共 3 个');
  });
  it('leaves any other text alone', () => {
    expect(chinesePosition('待交办')).toBeUndefined();
    expect(chinesePosition('Tab two of three')).toBeUndefined();
  });
});
