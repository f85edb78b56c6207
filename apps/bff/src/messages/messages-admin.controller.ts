import { Body, Controller, Get, HttpCode, Param, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentStaff } from '../auth/current-staff.decorator';
import type { StaffCaller } from '../auth/staff-principal';
import { IdParam } from '../common/http/id-param.pipe';
import {
  DecideExtensionDto,
  DispatchMessageDto,
  HideMessageDto,
  ReopenMessageDto,
  ReplyMessageDto,
  RequestExtensionDto,
  ReturnMessageDto,
  StaffMessageQueryDto,
} from './dto/staff-message.dto';
import { MessagesAdminService } from './messages-admin.service';
import { NotificationsService } from './notifications.service';

@ApiTags('admin: messages')
@Controller('admin')
export class MessagesAdminController {
  constructor(
    private readonly messages: MessagesAdminService,
    private readonly notifications: NotificationsService,
  ) {}

  @Get('messages')
  list(@CurrentStaff() staff: StaffCaller, @Query() query: StaffMessageQueryDto) {
    return this.messages.list(staff, query);
  }

  @Get('messages/:id')
  get(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number) {
    return this.messages.get(staff, id);
  }

  @Post('messages/:id/release')
  @HttpCode(200)
  release(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number) {
    return this.messages.release(staff, id);
  }

  @Post('messages/:id/dispatch')
  @HttpCode(200)
  dispatch(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number, @Body() dto: DispatchMessageDto) {
    return this.messages.dispatch(staff, id, dto.agencyId, dto.note);
  }

  @Post('messages/:id/reassign')
  @HttpCode(200)
  reassign(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number, @Body() dto: DispatchMessageDto) {
    return this.messages.reassign(staff, id, dto.agencyId, dto.note);
  }

  @Post('messages/:id/return')
  @HttpCode(200)
  return(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number, @Body() dto: ReturnMessageDto) {
    return this.messages.return(staff, id, dto.reason);
  }

  @Post('messages/:id/reply')
  @HttpCode(200)
  reply(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number, @Body() dto: ReplyMessageDto) {
    return this.messages.reply(staff, id, dto.bodyHtml);
  }

  @Post('messages/:id/extension')
  @HttpCode(200)
  requestExtension(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number, @Body() dto: RequestExtensionDto) {
    return this.messages.requestExtension(staff, id, dto.workdays, dto.reason);
  }

  @Post('messages/:id/extension/decision')
  @HttpCode(200)
  decideExtension(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number, @Body() dto: DecideExtensionDto) {
    return this.messages.decideExtension(staff, id, dto.approve, dto.note);
  }

  @Post('messages/:id/reopen')
  @HttpCode(200)
  reopen(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number, @Body() dto: ReopenMessageDto) {
    return this.messages.reopen(staff, id, dto.reason, dto.agencyId);
  }

  @Post('messages/:id/hide')
  @HttpCode(200)
  hide(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number, @Body() dto: HideMessageDto) {
    return this.messages.hide(staff, id, dto.reason);
  }

  /** A photo of a message the caller sees. */
  @Get('message-images/:id')
  @ApiProduces('image/jpeg')
  async image(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number) {
    return new StreamableFile(await this.messages.image(staff, id), { type: 'image/jpeg' });
  }

  @Post('messages/:id/images/publish')
  @HttpCode(200)
  publishImages(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number) {
    return this.messages.publishImages(staff, id);
  }

  @Get('notifications')
  listNotifications(@CurrentStaff() staff: StaffCaller) {
    return this.notifications.forAgency(staff.agencyId);
  }
}
