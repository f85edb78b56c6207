import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuditQueryService } from './audit-query.service';
import { AuditQueryDto } from './dto/audit-query.dto';

@ApiTags('admin: audit')
@Controller('admin/audit')
export class AuditAdminController {
  constructor(private readonly audit: AuditQueryService) {}

  @Get()
  search(@Query() query: AuditQueryDto) {
    return this.audit.search(query);
  }
}
