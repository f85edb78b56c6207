import { ApiProperty } from '@nestjs/swagger';
import { CitizenDevLoginRequest, CitizenLoginRequest } from '@weimin/contracts';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';

export class CitizenLoginDto implements CitizenLoginRequest {
  @ApiProperty({ description: 'wx.login() code' })
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  code: string;
}

export class CitizenDevLoginDto implements CitizenDevLoginRequest {
  @ApiProperty({ example: 'tester-1' })
  @Matches(/^[\w-]{1,48}$/, { message: 'devUser must be 1-48 letters, digits, dash or underscore' })
  devUser: string;
}

export class PhoneCodeDto {
  @ApiProperty({ description: 'getPhoneNumber button code' })
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  code: string;
}
