import type { EntityManager } from 'typeorm';
import { CitizenSession } from './citizen-session.entity';
import { Citizen } from './citizen.entity';

/** Citizens (mini-program users), by id or WeChat openid. */
export class Citizens {
  constructor(private readonly manager: EntityManager) {}

  findById(id: number): Promise<Citizen | null> {
    return this.manager.findOneBy(Citizen, { id });
  }

  /**
   * The citizen with this openid, created on first sign-in. Two first sign-ins at once both end with the same row:
   * the insert is ignored when the other committed first.
   */
  async findOrCreateByOpenid(openid: string, unionid: string | null): Promise<Citizen> {
    const found = await this.manager.findOneBy(Citizen, { openid });
    if (found) return found;
    await this.manager.createQueryBuilder().insert().into(Citizen).values({ openid, unionid }).orIgnore().execute();
    return this.manager.findOneByOrFail(Citizen, { openid });
  }

  async recordSignIn(id: number, at: Date, unionid: string | null): Promise<void> {
    await this.manager.update(Citizen, id, { lastLoginAt: at, ...(unionid && { unionid }) });
  }

  async setPhoneEncrypted(id: number, phoneEncrypted: string): Promise<void> {
    await this.manager.update(Citizen, id, { phoneEncrypted });
  }
}

/** Mini-program sessions, by the SHA-256 of their token. */
export class CitizenSessions {
  constructor(private readonly manager: EntityManager) {}

  findByTokenHash(tokenHash: string): Promise<CitizenSession | null> {
    return this.manager.findOneBy(CitizenSession, { tokenHash });
  }

  async open(session: CitizenSession): Promise<void> {
    await this.manager.insert(CitizenSession, session);
  }

  async touch(tokenHash: string, at: Date): Promise<void> {
    await this.manager.update(CitizenSession, { tokenHash }, { lastSeenAt: at });
  }

  async end(tokenHash: string): Promise<void> {
    await this.manager.delete(CitizenSession, { tokenHash });
  }
}
