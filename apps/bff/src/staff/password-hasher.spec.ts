import { PasswordHasher, STANDARD_PASSWORD_HASH_MEMORY_KIB } from './password-hasher';

describe('PasswordHasher', () => {
  it('hashes with argon2id, 3 passes and the configured memory, and verifies', async () => {
    const hasher = new PasswordHasher(1024);
    const hash = await hasher.hash('Correct-Horse-9');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=1024,p=\d+,t=3\$/);
    await expect(hasher.verify(hash, 'Correct-Horse-9')).resolves.toBe(true);
    await expect(hasher.verify(hash, 'correct-horse-9')).resolves.toBe(false);
    await expect(hasher.verify(null, 'Correct-Horse-9')).resolves.toBe(false);
  });

  it('uses 64 MiB unless told otherwise, and verifies a hash made at another cost', async () => {
    const standard = new PasswordHasher();
    const hash = await standard.hash('Correct-Horse-9');
    expect(hash).toMatch(new RegExp(`\\$m=${STANDARD_PASSWORD_HASH_MEMORY_KIB},p=\\d+,t=3\\$`));
    await expect(new PasswordHasher(1024).verify(hash, 'Correct-Horse-9')).resolves.toBe(true);
  }, 30_000);
});
