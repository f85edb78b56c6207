import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CreateStaffAccountRequest,
  PASSWORD_POLICY,
  ResetPasswordRequest,
  StaffAccountListQuery,
  StaffRole,
  UpdateStaffAccountRequest,
} from '@weimin/contracts';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, Min, MinLength } from 'class-validator';
import { OptionalId, OptionalOneOf } from '../../common/http/dto-fields';

const ROLES = Object.values(StaffRole);
const USERNAME = /^[a-z][a-z0-9._-]{2,63}$/;
const USERNAME_MESSAGE = '用户名为3-64位小写字母、数字、点、横线或下划线，以字母开头';

export class ListStaffAccountsQuery implements StaffAccountListQuery {
  @OptionalId()
  agencyId?: number;

  @OptionalOneOf(ROLES)
  role?: StaffRole;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(64)
  q?: string;
}

export class CreateStaffAccountDto implements CreateStaffAccountRequest {
  @ApiProperty({ example: 'hrss.zhang' })
  @Matches(USERNAME, { message: USERNAME_MESSAGE })
  username: string;

  @ApiProperty({ example: '张老师' })
  @IsString()
  @MinLength(1)
  @MaxLength(32)
  displayName: string;

  @ApiProperty()
  @IsInt()
  @Min(1)
  agencyId: number;

  @ApiProperty({ enum: ROLES, isArray: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles: StaffRole[];

  @ApiProperty({ description: '至少8位，包含大写字母、小写字母、数字、符号中的至少三类' })
  @IsString()
  @MaxLength(PASSWORD_POLICY.maxLength)
  password: string;
}

export class UpdateStaffAccountDto implements UpdateStaffAccountRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(32)
  displayName?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1)
  agencyId?: number;

  @ApiPropertyOptional({ enum: ROLES, isArray: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles?: StaffRole[];
}

export class ResetPasswordDto implements ResetPasswordRequest {
  @ApiProperty()
  @IsString()
  @MaxLength(PASSWORD_POLICY.maxLength)
  password: string;
}
