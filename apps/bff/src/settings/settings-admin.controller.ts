import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { MediaHostsView } from '@weimin/contracts';
import { CurrentStaff } from '../auth/current-staff.decorator';
import type { StaffCaller } from '../auth/staff-principal';
import { SaveMediaHostsDto } from './dto/save-media-hosts.dto';
import { SettingsAdminService } from './settings-admin.service';

@ApiTags('admin: settings')
@Controller('admin/settings')
export class SettingsAdminController {
  constructor(private readonly settings: SettingsAdminService) {}

  @Get('media-hosts')
  @ApiOperation({ summary: '媒体来源: the hosts an interpretation picture or video may come from' })
  mediaHosts(): Promise<MediaHostsView> {
    return this.settings.mediaHosts();
  }

  @Put('media-hosts')
  @ApiOperation({ summary: 'Replace the media host allow-list (administrator; audited). Checked again when an interpretation is published.' })
  saveMediaHosts(@CurrentStaff() staff: StaffCaller, @Body() dto: SaveMediaHostsDto): Promise<MediaHostsView> {
    return this.settings.saveMediaHosts(staff, dto);
  }
}
