import { passwordProblems } from './password-policy';

describe('passwordProblems', () => {
  it.each(['Abcdef12', 'abcdef1!', 'ABCDEF1!', 'Abcdefg!', '政务公开Ab12'])('accepts %p', (password) => {
    expect(passwordProblems(password)).toEqual([]);
  });

  it.each([
    ['Ab1!', '至少8位'],
    ['abcdefgh', '至少三类'],
    ['abcdefg1', '至少三类'],
    ['ABCDEFG!', '至少三类'],
    ['12345678', '至少三类'],
    [`Aa1!${'x'.repeat(125)}`, '不超过128位'],
  ])('refuses %p', (password, problem) => {
    expect(passwordProblems(password).join()).toContain(problem);
  });
});
