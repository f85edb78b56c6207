import { Image, Text, Video, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { INTERPRETATION_FORMAT_LABELS, type InterpretationDetail } from '@weimin/contracts';
import { useEffect, useRef, useState } from 'react';
import { Tappable } from '../../../components/Tappable';
import { copyText } from '../../../services/clipboard';
import { mediaSource } from '../../../services/interpretations';
import './InterpretationMedia.scss';

/**
 * 图解 and 视频 in the page (docs/accessibility.md, issue 15 point 5): the picture with its text alternative, enlarged
 * on tap; the video in a player with its transcript below. Sources are checked against the administrator's
 * allow-list by the BFF. Another format with a link (动漫) offers the link to copy.
 */
export function InterpretationMedia({ detail }: { detail: InterpretationDetail }) {
  if (detail.format === 'text') return null;
  if (detail.format === 'graphic' && detail.imageUrl) return <Picture src={mediaSource(detail.imageUrl)} alt={detail.imageAlt ?? detail.summary} />;
  if (detail.format === 'video' && detail.mediaUrl) return <Film src={detail.mediaUrl} title={detail.title} transcript={detail.transcript} />;
  const url = detail.mediaUrl ?? detail.imageUrl;
  if (!url) return null;
  const label = INTERPRETATION_FORMAT_LABELS[detail.format];
  return (
    <Tappable className="media__copy" onTap={() => void copyText(mediaSource(url), `${label}链接`)}>
      复制{label}链接
    </Tappable>
  );
}

/** WeChat shows its own viewer (previewImage); the H5 build a dialog of its own, with the text alternative and a way out by keyboard. */
function Picture({ src, alt }: { src: string; alt: string }) {
  const [enlarged, setEnlarged] = useState(false);
  const enlarge = () => {
    if (process.env.TARO_ENV === 'h5') setEnlarged(true);
    else void Taro.previewImage({ urls: [src], current: src });
  };
  const named = process.env.TARO_ENV === 'h5' ? { nativeProps: { alt } } : { ariaLabel: alt };
  return (
    <View className="media">
      <Tappable className="media__picture" label="点击放大图解" onTap={enlarge}>
        <Image className="media__image" src={src} mode="widthFix" {...named} />
      </Tappable>
      <Text className="media__hint muted">点击图片可放大查看</Text>
      {enlarged && <EnlargedPicture src={src} alt={alt} onClose={() => setEnlarged(false)} />}
    </View>
  );
}

/** H5 only: the picture over the whole screen, a dialog closed by its button, a tap, or Escape; focus goes back to the picture. */
function EnlargedPicture({ src, alt, onClose }: { src: string; alt: string; onClose: () => void }) {
  const opener = useRef<Element | null>(null);
  useEffect(() => {
    opener.current = document.activeElement;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    // Taro's elements take their tab stop as they render: focus the close button once they have.
    const focusing = setTimeout(() => document.querySelector<HTMLElement>('.media__close')?.focus(), 50);
    return () => {
      clearTimeout(focusing);
      document.removeEventListener('keydown', onKey);
      (opener.current as HTMLElement | null)?.focus?.();
    };
  }, [onClose]);
  return (
    <View className="media__enlarged" role="dialog" aria-modal="true" aria-label="图解大图" onClick={onClose}>
      <Tappable className="media__close" label="关闭大图" onTap={onClose}>
        关闭
      </Tappable>
      <Image className="media__enlarged-image" src={src} mode="widthFix" nativeProps={{ alt }} />
    </View>
  );
}

/** The player, and what it says as text below it (collapsed at first: a long transcript would push the rest away). */
function Film({ src, title, transcript }: { src: string; title: string; transcript: string | null }) {
  const [open, setOpen] = useState(false);
  return (
    <View className="media">
      <Video
        className="media__video"
        src={src}
        controls
        showFullscreenBtn
        title={title}
        {...(process.env.TARO_ENV === 'h5' ? {} : { ariaLabel: `视频：${title}` })}
      />
      {transcript && (
        <View className="media__transcript">
          <Tappable className="media__transcript-toggle" label={open ? '收起视频文字稿' : '展开视频文字稿'} onTap={() => setOpen(!open)}>
            {open ? '收起文字稿' : '查看文字稿'}
          </Tappable>
          {open && <View className="media__transcript-text">{transcript}</View>}
        </View>
      )}
    </View>
  );
}
