import { Body, Controller, Delete, Get, HttpCode, Post, Put, Res } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiTags } from '@nestjs/swagger';
import type { StaffMeView } from '@weimin/contracts';
import type { FastifyReply } from 'fastify';
import type { RequestOrigin } from '../audit/audit-trail';
import type { AppConfig } from '../config/configuration';
import { AuthService } from './auth.service';
import { CurrentStaff, Origin } from './current-staff.decorator';
import { ChangePasswordDto, LoginDto } from './dto/login.dto';
import { STAFF_SESSION_COOKIE } from './session-token';
import type { StaffCaller } from './staff-principal';

/** Console sign-in. The session lives in an HttpOnly, SameSite=Strict cookie scoped to /api. */
@ApiTags('staff session')
@Controller('staff')
export class AuthController {
  private readonly secureCookie: boolean;

  constructor(
    private readonly auth: AuthService,
    config: ConfigService<AppConfig, true>,
  ) {
    this.secureCookie = config.get('auth.secureCookie', { infer: true });
  }

  @Post('session')
  @HttpCode(200)
  async login(@Body() dto: LoginDto, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) reply: FastifyReply): Promise<StaffMeView> {
    const { token, me } = await this.auth.login(dto, origin);
    reply.setCookie(STAFF_SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure: this.secureCookie, path: '/api' });
    reply.header('cache-control', 'no-store');
    return me;
  }

  @Get('session')
  me(@CurrentStaff() staff: StaffCaller, @Res({ passthrough: true }) reply: FastifyReply): Promise<StaffMeView> {
    reply.header('cache-control', 'no-store');
    return this.auth.me(staff.id);
  }

  @Delete('session')
  @HttpCode(204)
  async logout(@CurrentStaff() staff: StaffCaller, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.logout(staff);
    reply.clearCookie(STAFF_SESSION_COOKIE, { path: '/api' });
  }

  @Put('password')
  @HttpCode(204)
  changePassword(@CurrentStaff() staff: StaffCaller, @Body() dto: ChangePasswordDto): Promise<void> {
    return this.auth.changePassword(staff, dto.currentPassword, dto.newPassword);
  }
}
