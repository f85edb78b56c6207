import * as argon2 from 'argon2';

/** argon2id's library default, 64 MiB (config/default.env PASSWORD_HASH_MEMORY_KIB). */
export const STANDARD_PASSWORD_HASH_MEMORY_KIB = 65_536;
/** OWASP's minimum memory for argon2id: a lower setting is refused outside NODE_ENV=test (config/environment.ts). */
export const MIN_PASSWORD_HASH_MEMORY_KIB = 19_456;

/**
 * argon2id with 3 passes and the configured memory (docs/security.md §12). A hash carries the cost it was made with,
 * so verifying does not depend on today's setting.
 */
export class PasswordHasher {
  /** Verified against when the username is unknown, so both failures take the same time. */
  private readonly decoy: Promise<string>;

  constructor(private readonly memoryKib = STANDARD_PASSWORD_HASH_MEMORY_KIB) {
    this.decoy = this.hash('weimin-decoy-password');
  }

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id, memoryCost: this.memoryKib, timeCost: 3 });
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    try {
      const matches = await argon2.verify(hash ?? (await this.decoy), password);
      return hash !== null && matches;
    } catch {
      return false;
    }
  }
}
