import { Body, Controller, Get, HttpCode, Ip, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { CitizenCaller } from './citizen-principal';
import { CitizensService } from './citizens.service';
import { CurrentCitizen } from './current-citizen.decorator';
import { CitizenDevLoginDto, CitizenLoginDto, PhoneCodeDto } from './dto/citizen-login.dto';

@ApiTags('citizen')
@Controller('citizen')
export class CitizensController {
  constructor(private readonly citizens: CitizensService) {}

  @Post('session')
  @HttpCode(200)
  login(@Body() dto: CitizenLoginDto, @Ip() ip: string, @Res({ passthrough: true }) reply: FastifyReply) {
    reply.header('cache-control', 'no-store');
    return this.citizens.loginWithWechat(dto.code, ip);
  }

  @Post('session/dev')
  @HttpCode(200)
  devLogin(@Body() dto: CitizenDevLoginDto, @Res({ passthrough: true }) reply: FastifyReply) {
    reply.header('cache-control', 'no-store');
    return this.citizens.loginForDevelopment(dto.devUser);
  }

  @Get('me')
  me(@CurrentCitizen() citizen: CitizenCaller) {
    return this.citizens.me(citizen.id);
  }

  @Post('phone')
  @HttpCode(200)
  bindPhone(@CurrentCitizen() citizen: CitizenCaller, @Body() dto: PhoneCodeDto) {
    return this.citizens.bindPhone(citizen, dto.code);
  }
}
