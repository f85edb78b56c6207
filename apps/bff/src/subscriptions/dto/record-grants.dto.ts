import { ApiProperty } from '@nestjs/swagger';
import { RecordGrantsRequest, SUBSCRIBE_TEMPLATES_MAX, SubscribeTemplate } from '@weimin/contracts';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn } from 'class-validator';

export class RecordGrantsDto implements RecordGrantsRequest {
  @ApiProperty({ enum: Object.values(SubscribeTemplate), isArray: true, maxItems: SUBSCRIBE_TEMPLATES_MAX })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(SUBSCRIBE_TEMPLATES_MAX)
  @ArrayUnique()
  @IsIn(Object.values(SubscribeTemplate), { each: true })
  accepted: SubscribeTemplate[];
}
