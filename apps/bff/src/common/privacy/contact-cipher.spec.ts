import { randomBytes } from 'node:crypto';
import { ContactCipher } from './contact-cipher';

describe('ContactCipher', () => {
  const cipher = new ContactCipher(randomBytes(32));

  it('round-trips and never repeats a ciphertext', () => {
    const a = cipher.encrypt('13812345678');
    const b = cipher.encrypt('13812345678');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(a).not.toContain('138');
    expect(cipher.decrypt(a)).toBe('13812345678');
    expect(cipher.decrypt(cipher.encrypt('欧阳娜娜'))).toBe('欧阳娜娜');
  });

  it('refuses a tampered ciphertext or another key', () => {
    const stored = cipher.encrypt('张三');
    const parts = stored.split('.');
    parts[3] = Buffer.from('tampered').toString('base64url');
    expect(() => cipher.decrypt(parts.join('.'))).toThrow();
    expect(() => new ContactCipher(randomBytes(32)).decrypt(stored)).toThrow();
  });
});
