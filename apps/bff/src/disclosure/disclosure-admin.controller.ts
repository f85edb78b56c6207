import { Body, Controller, Get, HttpCode, Param, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentStaff } from '../auth/current-staff.decorator';
import type { StaffCaller } from '../auth/staff-principal';
import { IdParam } from '../common/http/id-param.pipe';
import { DisclosureAdminService } from './disclosure-admin.service';
import { letterDownload } from './disclosure.controller';
import {
  DisclosureChaseDto,
  DisclosureCorrectedDto,
  DisclosureCorrectionDto,
  DisclosureDeliveryDto,
  DisclosureExtensionDecisionDto,
  DisclosureExtensionDto,
  DisclosureListQueryDto,
  DisclosurePauseDto,
  DisclosureRemedyDto,
  DisclosureReplyDraftDto,
  DisclosureResumeDto,
  DisclosureReturnReplyDto,
  RegisterDisclosureDto,
  RouteDisclosureDto,
} from './dto/disclosure.dto';
import { DOCX_TYPE } from './letter-file';

/** 依申请公开 in the console: one POST per action; agency roles see their own agency's only (404 otherwise). */
@ApiTags('admin: disclosure')
@Controller('admin/disclosure/applications')
export class DisclosureAdminController {
  constructor(private readonly disclosure: DisclosureAdminService) {}

  @Get()
  list(@CurrentStaff() staff: StaffCaller, @Query() query: DisclosureListQueryDto) {
    return this.disclosure.list(staff, query);
  }

  @Post()
  register(@CurrentStaff() staff: StaffCaller, @Body() dto: RegisterDisclosureDto) {
    return this.disclosure.register(staff, dto);
  }

  @Get(':id')
  get(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number) {
    return this.disclosure.get(staff, id);
  }

  @Get(':id/letter')
  @ApiProduces(DOCX_TYPE)
  async letter(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number) {
    return letterDownload(await this.disclosure.letter(staff, id));
  }

  @Get(':id/case-file')
  @ApiProduces('application/zip')
  async caseFile(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number) {
    const file = await this.disclosure.caseFile(staff, id);
    return new StreamableFile(file.content, {
      type: 'application/zip',
      disposition: `attachment; filename="case-file.zip"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      length: file.content.length,
    });
  }

  @Post(':id/route')
  @HttpCode(200)
  route(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number, @Body() dto: RouteDisclosureDto) {
    return this.disclosure.route(staff, id, dto);
  }

  @Post(':id/correction')
  @HttpCode(200)
  correction(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number, @Body() dto: DisclosureCorrectionDto) {
    return this.disclosure.requestCorrection(staff, id, dto);
  }

  @Post(':id/corrected')
  @HttpCode(200)
  corrected(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number, @Body() dto: DisclosureCorrectedDto) {
    return this.disclosure.receiveCorrection(staff, id, dto);
  }

  @Post(':id/correction-lapsed')
  @HttpCode(200)
  correctionLapsed(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number) {
    return this.disclosure.lapseCorrection(staff, id);
  }

  @Post(':id/pause')
  @HttpCode(200)
  pause(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number, @Body() dto: DisclosurePauseDto) {
    return this.disclosure.pause(staff, id, dto);
  }

  @Post(':id/resume')
  @HttpCode(200)
  resume(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number, @Body() dto: DisclosureResumeDto) {
    return this.disclosure.resume(staff, id, dto);
  }

  @Post(':id/extension')
  @HttpCode(200)
  extension(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number, @Body() dto: DisclosureExtensionDto) {
    return this.disclosure.requestExtension(staff, id, dto);
  }

  @Post(':id/extension-decision')
  @HttpCode(200)
  extensionDecision(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number, @Body() dto: DisclosureExtensionDecisionDto) {
    return this.disclosure.decideExtension(staff, id, dto);
  }

  @Post(':id/reply-draft')
  @HttpCode(200)
  draftReply(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number, @Body() dto: DisclosureReplyDraftDto) {
    return this.disclosure.draftReply(staff, id, dto);
  }

  @Post(':id/reply-approve')
  @HttpCode(200)
  approveReply(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number) {
    return this.disclosure.approveReply(staff, id);
  }

  @Post(':id/reply-return')
  @HttpCode(200)
  returnReply(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number, @Body() dto: DisclosureReturnReplyDto) {
    return this.disclosure.returnReply(staff, id, dto);
  }

  @Post(':id/delivery')
  @HttpCode(200)
  delivery(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number, @Body() dto: DisclosureDeliveryDto) {
    return this.disclosure.recordDelivery(staff, id, dto);
  }

  @Post(':id/chase')
  @HttpCode(200)
  chase(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number, @Body() dto: DisclosureChaseDto) {
    return this.disclosure.chase(staff, id, dto);
  }

  @Post(':id/remedy')
  @HttpCode(200)
  remedy(@CurrentStaff() staff: StaffCaller, @Param('id', IdParam) id: number, @Body() dto: DisclosureRemedyDto) {
    return this.disclosure.recordRemedy(staff, id, dto);
  }
}
