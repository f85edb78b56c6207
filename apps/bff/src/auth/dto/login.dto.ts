import { ApiProperty } from '@nestjs/swagger';
import { ChangePasswordRequest, LoginRequest, PASSWORD_POLICY } from '@weimin/contracts';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'office.staff' })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  username: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_POLICY.maxLength)
  password: string;
}

export class ChangePasswordDto implements ChangePasswordRequest {
  @ApiProperty()
  @IsString()
  @MaxLength(PASSWORD_POLICY.maxLength)
  currentPassword: string;

  @ApiProperty({ description: '至少8位，包含大写字母、小写字母、数字、符号中的至少三类' })
  @IsString()
  @MaxLength(PASSWORD_POLICY.maxLength)
  newPassword: string;
}
