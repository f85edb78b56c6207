import type Redis from 'ioredis';

/** A WeChat access_token and the moment this BFF stops using it (shortly before WeChat's stated expiry). */
export interface SharedToken {
  value: string;
  expiresAt: number;
}

/**
 * Where instances share the WeChat access_token (stable_token), so that one fetch serves every instance and none
 * holds a token another has replaced. Absent (one instance): the client keeps it in memory, as before.
 */
export abstract class AccessTokenStore {
  abstract get(appId: string): Promise<SharedToken | null>;
  abstract set(appId: string, token: SharedToken): Promise<void>;
}

export const ACCESS_TOKEN_STORE = Symbol('ACCESS_TOKEN_STORE');

/**
 * The token in Redis, expiring with it. A Redis that cannot be reached is no reason to fail a call to WeChat: the
 * client then fetches the token itself (stable_token without force_refresh answers the same token to every caller).
 */
export class RedisAccessTokenStore extends AccessTokenStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {
    super();
  }

  async get(appId: string): Promise<SharedToken | null> {
    const text = await this.redis.get(this.keyOf(appId)).catch(() => null);
    if (!text) return null;
    try {
      const token = JSON.parse(text) as SharedToken;
      return typeof token.value === 'string' && typeof token.expiresAt === 'number' && token.expiresAt > Date.now() ? token : null;
    } catch {
      return null;
    }
  }

  async set(appId: string, token: SharedToken): Promise<void> {
    const ttl = token.expiresAt - Date.now();
    if (ttl <= 0) return;
    await this.redis.set(this.keyOf(appId), JSON.stringify(token), 'PX', ttl).catch(() => undefined);
  }

  private keyOf(appId: string): string {
    return `${this.prefix}wechat:access-token:${appId}`;
  }
}
