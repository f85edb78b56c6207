import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { copyShareLink, shareLink, type ShareContent } from '../../services/share';
import { Tappable } from '../Tappable';
import './index.scss';

/**
 * Under a shareable page: in WeChat a button that forwards it to a chat (Moments is in WeChat's own menu), and 回到首页
 * when the page was opened from a share card or a QR code with nothing behind it; in the H5 build 复制链接 (the
 * BackBar above already leads home there).
 */
export function ShareBar({ target }: { target: Pick<ShareContent, 'page' | 'query'> }) {
  const [firstPage] = useState(() => process.env.TARO_ENV !== 'h5' && Taro.getCurrentPages().length <= 1);

  if (process.env.TARO_ENV === 'h5') {
    return (
      <View className="share-bar">
        <Tappable className="share-bar__button" label="复制本页链接" onTap={() => void copyShareLink(shareLink(window.location.origin, target))}>
          复制链接
        </Tappable>
      </View>
    );
  }
  return (
    <View className="share-bar">
      <Button className="share-bar__button" openType="share">
        分享给朋友
      </Button>
      {firstPage && (
        <Tappable role="link" className="share-bar__button" onTap={() => void Taro.switchTab({ url: '/pages/home/index' })}>
          回到首页
        </Tappable>
      )}
    </View>
  );
}
