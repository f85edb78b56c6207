import { Module } from '@nestjs/common';
import { Segmenter } from './segmenter';

/**
 * Text shared by features: the one jieba Segmenter (one dictionary load per process; routing adds its keywords, and
 * interpretation search cuts with the same words). The rich-text sanitiser (`rich-text.ts`) needs no injection and is
 * imported as plain functions.
 */
@Module({
  providers: [Segmenter],
  exports: [Segmenter],
})
export class TextModule {}
