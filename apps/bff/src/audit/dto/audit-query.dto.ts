import { ApiPropertyOptional } from '@nestjs/swagger';
import { AuditAction, AuditQuery } from '@weimin/contracts';
import { IsDateString, IsOptional, IsString, MaxLength } from 'class-validator';
import { OptionalId, OptionalOneOf } from '../../common/http/dto-fields';
import { PageQueryDto } from '../../common/http/page-query.dto';

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

  @ApiPropertyOptional({ example: '2026-11-01' })
  @IsOptional()
  @IsDateString({ strict: true })
  from?: string;

  @ApiPropertyOptional({ example: '2026-11-30' })
  @IsOptional()
  @IsDateString({ strict: true })
  to?: string;
}
