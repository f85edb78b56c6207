import { Inject, Injectable } from '@nestjs/common';
import { BOARD_EXCERPT_DEFAULT, type BoardMessageExcerpt, type BoardMessageView, type BoardQuery, ErrorCode, type Page } from '@weimin/contracts';
import { DomainException } from '../common/errors/domain.exception';
import { Segmenter } from '../common/text/segmenter';
import { queryTerms } from '../interpretations/interpretation-search';
import type { Message } from '../messages/message.entity';
import { toBoardView } from '../messages/messages.mapper';
import { MessagesService } from '../messages/messages.service';
import { IMAGE_STORAGE, type ImageStorage, readKeptImage } from '../photos/image-storage';
import { toBoardImageView } from '../photos/photos.mapper';
import { toBoardExcerpt } from './board-excerpt';
import { BoardStore } from './board.store';

/**
 * 公开留言 (docs/domain.md §3, docs/security.md §15): only messages the citizen allowed, that passed moderation and have been
 * answered; masked on the server. Newest answers first.
 */
@Injectable()
export class BoardService {
  constructor(
    private readonly store: BoardStore,
    private readonly messages: MessagesService,
    private readonly segmenter: Segmenter,
    @Inject(IMAGE_STORAGE) private readonly storage: ImageStorage,
  ) {}

  /**
   * Rows are excerpts of `excerpt` characters (cut after scrubbing) without the reply body, which only the detail
   * carries: a list page stays a few kilobytes. With `q`, only messages matching its jieba terms, best first (a query of
   * stop words alone finds nothing); `agencyId` must name an active agency.
   */
  async list(query: BoardQuery): Promise<Page<BoardMessageExcerpt>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    if (query.agencyId !== undefined && !(await this.store.repositories.board.isActiveAgency(query.agencyId))) {
      throw new DomainException(ErrorCode.ValidationFailed, '单位不存在', [{ field: 'agencyId', messages: ['单位不存在或已停用'] }]);
    }
    const { items: rows, total } = await this.store.repositories.board.page({
      type: query.type,
      channel: query.channel,
      agencyId: query.agencyId,
      terms: query.q ? queryTerms(this.segmenter, query.q) : undefined,
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    const excerpt = query.excerpt ?? BOARD_EXCERPT_DEFAULT;
    return { items: (await this.views(rows)).map((view) => toBoardExcerpt(view, excerpt)), total, page, pageSize };
  }

  async get(id: number): Promise<BoardMessageView> {
    const message = await this.store.repositories.board.findPublic(id);
    if (!message) throw DomainException.notFound('留言');
    return (await this.views([message]))[0];
  }

  /** A photo of a message on the board, once the office approved it for the board; anything else is 404. */
  async image(imageId: number): Promise<Buffer> {
    const { board } = this.store.repositories;
    const messageId = await board.messageIdOfImage(imageId);
    const message = messageId ? await board.findPublic(messageId) : null;
    const images = message ? ((await board.imagesOnBoard([message.id])).get(message.id) ?? []) : [];
    return readKeptImage(this.storage, images.find((image) => image.id === imageId) ?? null);
  }

  private async views(messages: Message[]): Promise<BoardMessageView[]> {
    if (messages.length === 0) return [];
    const ids = messages.map((m) => m.id);
    const [latest, images] = await Promise.all([this.store.repositories.board.latestReplies(ids), this.store.repositories.board.imagesOnBoard(ids)]);
    return messages
      .filter((message) => latest.has(message.id))
      .map((message) =>
        toBoardView(
          message,
          this.messages.contactOf(message)?.name ?? null,
          latest.get(message.id)!,
          message.assignedAgency?.name ?? '',
          (images.get(message.id) ?? []).map(toBoardImageView),
        ),
      );
  }
}
