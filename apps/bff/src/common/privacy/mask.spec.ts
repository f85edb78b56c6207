import { maskName, maskPhone } from './mask';

describe('maskName', () => {
  it.each([
    ['张三', '张*'],
    ['王小明', '王**'],
    ['欧阳娜娜', '欧阳**'],
    ['欧阳', '欧*'],
    ['司马相如', '司马**'],
    ['阿卜杜·热合曼', '阿*'],
    ['Maria Garcia', 'M*'],
    ['  李四 ', '李*'],
    ['', ''],
  ])('%p → %p', (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });
});

describe('maskPhone', () => {
  it.each([
    ['13812341234', '138****1234'],
    ['138 1234 1234', '138****1234'],
    ['+86 13812341234', '138****1234'],
    ['0086-13812341234', '138****1234'],
    ['12345', '****'],
  ])('%p → %p', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });
});
