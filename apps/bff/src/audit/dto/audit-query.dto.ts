import { ApiPropertyOptional } from '@nestjs/swagger';
import { AuditAction, AuditQuery } from '@weimin/contracts';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { OptionalId, OptionalOneOf } from '../../common/http/dto-fields';
import { PageQueryDto } from '../../common/http/page-query.dto';
import { ChinaDayField } from '../../common/http/period-query.dto';

const ACTIONS = Object.values(AuditAction);

export class AuditQueryDto extends PageQueryDto implements AuditQuery {
  @OptionalOneOf(ACTIONS)
  action?: AuditAction;

  @OptionalId()
  actorId?: number;

  @OptionalId()
  agencyId?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(32)
  objectType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(64)
  objectId?: string;

  @ChinaDayField('from', { optional: true, example: '2026-11-01' })
  from?: string;

  @ChinaDayField('to', { optional: true, example: '2026-11-30' })
  to?: string;
}
