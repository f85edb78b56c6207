import { scrubNumbers } from './scrub';

describe('scrubNumbers', () => {
  it.each([
    ['请拨打13812345678联系', '请拨打[电话已隐藏]联系'],
    ['身份证 11010519491231002X 已丢失', '身份证 [身份证号已隐藏] 已丢失'],
    ['身份证110105194912310021', '身份证[身份证号已隐藏]'],
    ['Duplicate entry 19912345678 for key', 'Duplicate entry [电话已隐藏] for key'],
  ])('hides numbers in %p', (input, expected) => {
    expect(scrubNumbers(input)).toBe(expected);
  });

  it.each(['订单号 12345678901234567890', '座机 0551-12345678', '2025年10月1日', '12812345678'])('leaves other numbers alone: %p', (input) => {
    expect(scrubNumbers(input)).toBe(input);
  });
});
