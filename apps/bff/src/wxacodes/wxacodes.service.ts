import { Inject, Injectable, Logger } from '@nestjs/common';
import { ErrorCode, type WxacodeKind } from '@weimin/contracts';
import { DomainException } from '../common/errors/domain.exception';
import { WechatClient, WechatError } from '../wechat/wechat.client';
import { WECHAT_CLIENT } from '../wechat/wechat.module';
import { assertCodeAllowed, wxacodeFileName, wxacodeRequest } from './wxacode-rules';
import { WxacodeStore } from './wxacode.store';

/** WeChat draws codes this wide (pixels; 280 to 1280; 430 is its default): the PNG then fits MySQL's BLOB (64 KiB) with room to spare. */
const WIDTH = 430;

export interface WxacodeFile {
  fileName: string;
  png: Buffer;
}

/**
 * 小程序码 for posters and 公众号 menus (issue 16): drawn by WeChat (wxacode.getUnlimited) once per item and kept in the
 * `wxacode` table; a withdrawn item's code is dropped and refused.
 */
@Injectable()
export class WxacodesService {
  private readonly logger = new Logger('Wxacodes');

  constructor(
    private readonly store: WxacodeStore,
    @Inject(WECHAT_CLIENT) private readonly wechat: WechatClient | null,
  ) {}

  async download(kind: WxacodeKind, id: number): Promise<WxacodeFile> {
    const { codes } = this.store.repositories;
    const state = await codes.subjectState(kind, id);
    if (state !== 'public') await codes.forget(kind, id);
    assertCodeAllowed(kind, state);
    const fileName = wxacodeFileName(kind, id);
    const cached = await codes.find(kind, id);
    if (cached) return { fileName, png: cached.image };

    if (!this.wechat) throw new DomainException(ErrorCode.WxacodeWechatNotConfigured, '尚未配置微信小程序（WECHAT_APPID），无法生成小程序码');
    const { scene, page } = wxacodeRequest(kind, id);
    let png: Buffer;
    try {
      png = await this.wechat.wxacodeUnlimited({ scene, page, checkPath: true, envVersion: 'release', width: WIDTH });
    } catch (error) {
      if (!(error instanceof WechatError)) throw error;
      this.logger.warn({ msg: 'wxacode.getUnlimited refused', kind, id, errcode: error.errcode });
      throw new DomainException(ErrorCode.WxacodeWechatRefused, wechatRefusal(error.errcode), { errcode: error.errcode });
    }
    await codes.keep({ kind, subjectId: id, scene, page, image: png, createdAt: new Date() });
    return { fileName, png };
  }
}

/** What staff can do about WeChat's refusal. */
function wechatRefusal(errcode: number): string {
  if (errcode === 41030) return '小程序尚未发布首页，微信无法生成小程序码，请先发布小程序';
  if (errcode === 45009) return '今日生成小程序码的次数已达微信上限，请明天再试';
  return `微信未能生成小程序码（错误码 ${errcode}），请稍后再试`;
}
