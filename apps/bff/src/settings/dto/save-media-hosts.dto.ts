import { ApiProperty } from '@nestjs/swagger';
import { MEDIA_HOSTS_MAX, type SaveMediaHostsRequest } from '@weimin/contracts';
import { ArrayMaxSize, IsArray, IsString, MaxLength } from 'class-validator';

export class SaveMediaHostsDto implements SaveMediaHostsRequest {
  @ApiProperty({ type: [String], example: ['media.linxi.example.cn'], description: 'host names (https is implied), each once' })
  @IsArray()
  @ArrayMaxSize(MEDIA_HOSTS_MAX)
  @IsString({ each: true })
  @MaxLength(253, { each: true })
  hosts: string[];
}
