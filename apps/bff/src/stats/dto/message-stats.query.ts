import { MessageChannel, MessageStatsQuery, MessageType } from '@weimin/contracts';
import { OptionalId, OptionalOneOf } from '../../common/http/dto-fields';
import { ChinaDayField } from '../../common/http/period-query.dto';

/** Filters of every statistics endpoint; dates are calendar days in China, both inclusive. */
export class MessageStatsQueryDto implements MessageStatsQuery {
  @ChinaDayField('from', { optional: true, example: '2026-01-01' })
  from?: string;

  @ChinaDayField('to', { optional: true, example: '2026-12-31' })
  to?: string;

  @OptionalId()
  agencyId?: number;

  @OptionalOneOf(Object.values(MessageType))
  type?: MessageType;

  @OptionalOneOf(Object.values(MessageChannel))
  channel?: MessageChannel;
}
