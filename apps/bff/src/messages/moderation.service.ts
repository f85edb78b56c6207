import { readFileSync } from 'node:fs';
import { Inject, Injectable } from '@nestjs/common';
import { resolveFromRoot } from '../config/environment';
import type { ModerationVerdict, WechatClient } from '../wechat/wechat.client';
import { WECHAT_CLIENT } from '../wechat/wechat.module';

/**
 * docs/security.md §4: every citizen text passes the local sensitive-word list (config/sensitive-words.txt), then WeChat's
 * msgSecCheck when WeChat is configured. risky → refused; review → held for the office; WeChat errors → review.
 */
@Injectable()
export class ModerationService {
  private readonly words: string[];

  constructor(@Inject(WECHAT_CLIENT) private readonly wechat: WechatClient | null) {
    this.words = readFileSync(resolveFromRoot('config/sensitive-words.txt'), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'));
  }

  async check(openid: string, title: string, content: string): Promise<ModerationVerdict> {
    const text = `${title}\n${content}`;
    if (this.words.some((word) => text.includes(word))) return 'risky';
    return this.wechat ? this.wechat.moderate(openid, content, title) : 'pass';
  }
}
