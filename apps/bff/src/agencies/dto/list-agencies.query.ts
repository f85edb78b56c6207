import { ApiPropertyOptional } from '@nestjs/swagger';
import { AgencyKind, AgencyListQuery, Industry } from '@weimin/contracts';
import { IsIn, IsOptional } from 'class-validator';

export class ListAgenciesQuery implements AgencyListQuery {
  @ApiPropertyOptional({ enum: Object.values(AgencyKind) })
  @IsOptional()
  @IsIn(Object.values(AgencyKind))
  kind?: AgencyKind;

  @ApiPropertyOptional({ enum: Object.values(Industry) })
  @IsOptional()
  @IsIn(Object.values(Industry))
  industry?: Industry;
}
