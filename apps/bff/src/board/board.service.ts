import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BoardMessageExcerpt, BoardMessageView, BoardQuery, Page } from '@weimin/contracts';
import { DataSource, In } from 'typeorm';
import { DomainException } from '../common/errors/domain.exception';
import { MessageReply } from '../messages/message-reply.entity';
import { Message } from '../messages/message.entity';
import { toBoardView } from '../messages/messages.mapper';
import { MessagesService } from '../messages/messages.service';
import { toBoardExcerpt } from './board-excerpt';

/**
 * 公开留言 (docs/domain.md §3, docs/security.md §15): only messages the citizen allowed, that passed moderation and have been
 * answered; masked on the server. Newest answers first.
 */
@Injectable()
export class BoardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly messages: MessagesService,
  ) {}

  /** With `excerpt`, rows are excerpts (cut after scrubbing) without the reply body. */
  async list(query: BoardQuery & { excerpt: number }): Promise<Page<BoardMessageExcerpt>>;
  async list(query: BoardQuery): Promise<Page<BoardMessageView>>;
  async list(query: BoardQuery): Promise<Page<BoardMessageView | BoardMessageExcerpt>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const builder = this.publicMessages()
      .orderBy('message.repliedAt', 'DESC')
      .addOrderBy('message.id', 'DESC')
      .skip((page - 1) * pageSize)
      .take(pageSize);
    if (query.type) builder.andWhere('message.type = :type', { type: query.type });
    if (query.channel) builder.andWhere('message.channel = :channel', { channel: query.channel });
    if (query.agencyId) builder.andWhere('message.assignedAgencyId = :agencyId', { agencyId: query.agencyId });
    const [rows, total] = await builder.getManyAndCount();
    const views = await this.views(rows);
    const excerpt = query.excerpt;
    return { items: excerpt ? views.map((view) => toBoardExcerpt(view, excerpt)) : views, total, page, pageSize };
  }

  async get(id: number): Promise<BoardMessageView> {
    const message = await this.publicMessages().andWhere('message.id = :id', { id }).getOne();
    if (!message) throw DomainException.notFound('留言');
    return (await this.views([message]))[0];
  }

  private publicMessages() {
    return this.dataSource
      .getRepository(Message)
      .createQueryBuilder('message')
      .leftJoinAndSelect('message.assignedAgency', 'agency')
      .where('message.isPublic = :yes', { yes: true })
      .andWhere('message.moderation = :passed', { passed: 'passed' })
      .andWhere('message.status IN (:...answered)', { answered: ['replied', 'closed'] });
  }

  private async views(messages: Message[]): Promise<BoardMessageView[]> {
    if (messages.length === 0) return [];
    const replies = await this.dataSource.getRepository(MessageReply).find({ where: { messageId: In(messages.map((m) => m.id)) }, order: { id: 'ASC' } });
    const latest = new Map(replies.map((reply) => [reply.messageId, reply]));
    return messages
      .filter((message) => latest.has(message.id))
      .map((message) => toBoardView(message, this.messages.contactOf(message)?.name ?? null, latest.get(message.id)!, message.assignedAgency?.name ?? ''));
  }
}
