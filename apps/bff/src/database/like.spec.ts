import { containsPattern, containsText } from './like';

describe('LIKE patterns', () => {
  it('takes %, _ and the escape character literally, and nothing else', () => {
    expect(containsPattern('office_head')).toBe('%office!_head%');
    expect(containsPattern('50%')).toBe('%50!%%');
    expect(containsPattern('wow!')).toBe('%wow!!%');
    expect(containsPattern('a\\b 路灯')).toBe('%a\\b 路灯%');
  });

  it('names the escape character in the condition itself', () => {
    expect(containsText('account.username', 'q', '_')).toEqual(["account.username LIKE :q ESCAPE '!'", { q: '%!_%' }]);
  });
});
