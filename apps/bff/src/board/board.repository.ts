import type { MessageChannel, MessageType } from '@weimin/contracts';
import { type EntityManager, In } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { MessageReply } from '../messages/message-reply.entity';
import { MessageTerm } from '../messages/message-term.entity';
import { Message } from '../messages/message.entity';
import type { MessageImage } from '../photos/message-image.entity';
import { MessageImageRepository } from '../photos/message-image.repository';

export interface BoardFilter {
  type?: MessageType;
  channel?: MessageChannel;
  agencyId?: number;
  /** Search terms (already cut and filtered): rows match at least one; best matches first. */
  terms?: string[];
  limit: number;
  offset: number;
}

/**
 * What the public board may show (read-only): messages the citizen allowed, that passed moderation and have been
 * answered (docs/security.md §15), each with its agency.
 */
export class BoardRepository {
  constructor(private readonly manager: EntityManager) {}

  /** One page, newest answers first. */
  async page(filter: BoardFilter): Promise<{ items: Message[]; total: number }> {
    if (filter.terms) return this.search({ ...filter, terms: filter.terms });
    const query = this.filtered(filter).orderBy('message.repliedAt', 'DESC').addOrderBy('message.id', 'DESC').skip(filter.offset).take(filter.limit);
    const [items, total] = await query.getManyAndCount();
    return { items, total };
  }

  /**
   * Keyword search, as interpretations rank theirs (interpretations/interpretation-index.ts): most distinct terms
   * matched, then the summed weights (title terms weigh most), then the newest answer. Plain GROUP BY / SUM, identical
   * on SQLite and MySQL; the ranked ids come first, then their rows.
   */
  private async search(filter: BoardFilter & { terms: string[] }): Promise<{ items: Message[]; total: number }> {
    if (filter.terms.length === 0) return { items: [], total: 0 };
    const matching = () =>
      this.filtered(filter).innerJoin(MessageTerm, 't', 't.messageId = message.id').andWhere('t.term IN (:...terms)', { terms: filter.terms });
    const ranked: Array<{ id: number | string }> = await matching()
      .select('message.id', 'id')
      .groupBy('message.id')
      .addGroupBy('message.repliedAt')
      .orderBy('COUNT(DISTINCT t.term)', 'DESC')
      .addOrderBy('SUM(t.weight)', 'DESC')
      .addOrderBy('message.repliedAt', 'DESC')
      .addOrderBy('message.id', 'DESC')
      .offset(filter.offset)
      .limit(filter.limit)
      .getRawMany();
    const counted: { total: number | string } | undefined = await matching().select('COUNT(DISTINCT message.id)', 'total').getRawOne();
    const ids = ranked.map((row) => Number(row.id));
    const rows = ids.length === 0 ? [] : await this.publicMessages().andWhere('message.id IN (:...ids)', { ids }).getMany();
    const byId = new Map(rows.map((row) => [row.id, row]));
    return { items: ids.map((id) => byId.get(id)).filter((row): row is Message => row !== undefined), total: Number(counted?.total ?? 0) };
  }

  private filtered(filter: BoardFilter) {
    const query = this.publicMessages();
    if (filter.type) query.andWhere('message.type = :type', { type: filter.type });
    if (filter.channel) query.andWhere('message.channel = :channel', { channel: filter.channel });
    if (filter.agencyId) query.andWhere('message.assignedAgencyId = :agencyId', { agencyId: filter.agencyId });
    return query;
  }

  async isActiveAgency(id: number): Promise<boolean> {
    return (await this.manager.countBy(Agency, { id, active: true })) > 0;
  }

  findPublic(id: number): Promise<Message | null> {
    return this.publicMessages().andWhere('message.id = :id', { id }).getOne();
  }

  /** The latest reply of each message (messages without one are absent). */
  async latestReplies(messageIds: number[]): Promise<Map<number, MessageReply>> {
    if (messageIds.length === 0) return new Map();
    const replies = await this.manager.find(MessageReply, { where: { messageId: In(messageIds) }, order: { id: 'ASC' } });
    return new Map(replies.map((reply) => [reply.messageId, reply]));
  }

  async messageIdOfImage(imageId: number): Promise<number | null> {
    return (await new MessageImageRepository(this.manager).findById(imageId))?.messageId ?? null;
  }

  /** The photos of these messages the office approved for the board. */
  imagesOnBoard(messageIds: number[]): Promise<Map<number, MessageImage[]>> {
    return new MessageImageRepository(this.manager).onBoard(messageIds);
  }

  private publicMessages() {
    return this.manager
      .createQueryBuilder(Message, 'message')
      .leftJoinAndSelect('message.assignedAgency', 'agency')
      .where('message.isPublic = :yes', { yes: true })
      .andWhere('message.moderation = :passed', { passed: 'passed' })
      .andWhere('message.status IN (:...answered)', { answered: ['replied', 'closed'] });
  }
}
