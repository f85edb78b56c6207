import { type EntityManager, In, IsNull, Not } from 'typeorm';
import { Citizen } from '../citizens/citizen.entity';
import { MessageImage } from './message-image.entity';

/** Single-purpose reads and writes of message photos' rows (the bytes are ImageStorage's). */
export class MessageImageRepository {
  constructor(private readonly manager: EntityManager) {}

  async insert(row: Omit<MessageImage, 'id'>): Promise<MessageImage> {
    return this.manager.save(MessageImage, this.manager.create(MessageImage, row));
  }

  async remove(id: number): Promise<void> {
    await this.manager.delete(MessageImage, { id });
  }

  findOwned(id: number, citizenId: number): Promise<MessageImage | null> {
    return this.manager.findOneBy(MessageImage, { id, citizenId });
  }

  /** How many of `ids` the citizen owns and has not attached yet. */
  countAttachable(ids: number[], citizenId: number): Promise<number> {
    return this.manager.countBy(MessageImage, { id: In(ids), citizenId, messageId: IsNull() });
  }

  /** Attaches the citizen's unattached `ids` to the message; answers how many it attached (fewer: some were not theirs or used). */
  async attach(ids: number[], citizenId: number, messageId: number): Promise<number> {
    const result = await this.manager.update(MessageImage, { id: In(ids), citizenId, messageId: IsNull() }, { messageId });
    return result.affected ?? 0;
  }

  /** The message's photos, in the order they were uploaded. */
  forMessage(messageId: number): Promise<MessageImage[]> {
    return this.manager.find(MessageImage, { where: { messageId }, order: { id: 'ASC' } });
  }

  findById(id: number): Promise<MessageImage | null> {
    return this.manager.findOneBy(MessageImage, { id });
  }

  /** A photo WeChat may download now: its check is running and the name is its one-time one. */
  findByCheckToken(checkToken: string): Promise<MessageImage | null> {
    return this.manager.findOneBy(MessageImage, { checkToken, checkStatus: 'checking' });
  }

  findByTraceId(traceId: string): Promise<MessageImage | null> {
    return this.manager.findOneBy(MessageImage, { traceId });
  }

  /** The owner's openid: mediaCheckAsync names the citizen whose content it checks. */
  async ownerOpenid(citizenId: number): Promise<string | null> {
    return (await this.manager.findOne(Citizen, { where: { id: citizenId }, select: { id: true, openid: true } }))?.openid ?? null;
  }

  async startCheck(id: number, checkToken: string): Promise<void> {
    await this.manager.update(MessageImage, { id }, { checkStatus: 'checking', checkToken });
  }

  async recordTraceId(id: number, traceId: string): Promise<void> {
    await this.manager.update(MessageImage, { id }, { traceId });
  }

  /** WeChat's verdict; the one-time download name ends with it. */
  async recordVerdict(id: number, checkStatus: 'passed' | 'flagged'): Promise<void> {
    await this.manager.update(MessageImage, { id }, { checkStatus, checkToken: null });
  }

  /** The office's approval for the board: photos that passed (or could not be checked, WeChat unconfigured); never flagged ones. */
  async approveForBoard(messageId: number, at: Date): Promise<number> {
    const result = await this.manager.update(
      MessageImage,
      { messageId, checkStatus: In(['passed', 'unchecked']), boardApprovedAt: IsNull() },
      { boardApprovedAt: at },
    );
    return result.affected ?? 0;
  }

  /** The photos of these messages the office approved for the board, by message. */
  async onBoard(messageIds: number[]): Promise<Map<number, MessageImage[]>> {
    const byMessage = new Map<number, MessageImage[]>();
    if (messageIds.length === 0) return byMessage;
    const rows = await this.manager.find(MessageImage, {
      where: { messageId: In(messageIds), boardApprovedAt: Not(IsNull()), checkStatus: In(['passed', 'unchecked']) },
      order: { id: 'ASC' },
    });
    for (const row of rows) byMessage.set(row.messageId!, [...(byMessage.get(row.messageId!) ?? []), row]);
    return byMessage;
  }
}
