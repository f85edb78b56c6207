import type { MessageChannel, MessageType } from '@weimin/contracts';
import { type EntityManager, In } from 'typeorm';
import { MessageReply } from '../messages/message-reply.entity';
import { Message } from '../messages/message.entity';

export interface BoardFilter {
  type?: MessageType;
  channel?: MessageChannel;
  agencyId?: number;
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
    const query = this.publicMessages().orderBy('message.repliedAt', 'DESC').addOrderBy('message.id', 'DESC').skip(filter.offset).take(filter.limit);
    if (filter.type) query.andWhere('message.type = :type', { type: filter.type });
    if (filter.channel) query.andWhere('message.channel = :channel', { channel: filter.channel });
    if (filter.agencyId) query.andWhere('message.assignedAgencyId = :agencyId', { agencyId: filter.agencyId });
    const [items, total] = await query.getManyAndCount();
    return { items, total };
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

  private publicMessages() {
    return this.manager
      .createQueryBuilder(Message, 'message')
      .leftJoinAndSelect('message.assignedAgency', 'agency')
      .where('message.isPublic = :yes', { yes: true })
      .andWhere('message.moderation = :passed', { passed: 'passed' })
      .andWhere('message.status IN (:...answered)', { answered: ['replied', 'closed'] });
  }
}
