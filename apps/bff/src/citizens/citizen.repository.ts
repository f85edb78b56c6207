import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { RepositoryShape } from '../database/repository-shape';
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

export interface CitizenRepositories {
  citizens: RepositoryShape<Citizens>;
  sessions: RepositoryShape<CitizenSessions>;
}

function citizenRepositoriesOn(manager: EntityManager): CitizenRepositories {
  return { citizens: new Citizens(manager), sessions: new CitizenSessions(manager) };
}

/** The citizen repositories, bound to the default connection or to one transaction. Services get this, not the DataSource. */
@Injectable()
export class CitizenStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** On the default connection: each statement on its own. */
  repositories(): CitizenRepositories {
    return citizenRepositoriesOn(this.dataSource.manager);
  }

  transaction<T>(work: (repositories: CitizenRepositories) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((manager) => work(citizenRepositoriesOn(manager)));
  }
}
