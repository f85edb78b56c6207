import { Image, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { MessageImageView } from '@weimin/contracts';
import { useEffect, useState } from 'react';
import { Tappable } from '../../../../components/Tappable';
import { ownImageSrc } from '../../../../services/messages';
import './MessageImages.scss';

const altOf = (alt: string) => (process.env.TARO_ENV === 'h5' ? { nativeProps: { alt } } : { ariaLabel: alt });

/**
 * A message's photos, enlarged on tap. The citizen's own are fetched with their sign-in (an image tag cannot send it,
 * the default `source`); the board's, which the office approved, are public.
 */
export function MessageImages({ images, source = ownImageSrc }: { images: MessageImageView[]; source?: (url: string) => Promise<string> }) {
  const [sources, setSources] = useState<Record<number, string>>({});

  useEffect(() => {
    let live = true;
    for (const image of images) {
      source(image.url)
        .then((src) => live && setSources((current) => ({ ...current, [image.id]: src })))
        .catch(() => undefined); // a photo that fails to load stays a blank tile
    }
    return () => {
      live = false;
    };
  }, [images, source]);

  const loaded = images.map((image) => sources[image.id]).filter((src): src is string => Boolean(src));
  return (
    <View className="message-images">
      {images.map((image, index) => (
        <Tappable
          key={image.id}
          className="message-images__tile"
          label={`查看图片${index + 1}`}
          onTap={() => sources[image.id] && void Taro.previewImage({ urls: loaded, current: sources[image.id] })}
        >
          {sources[image.id] && <Image className="message-images__preview" src={sources[image.id]} mode="aspectFill" {...altOf(`留言图片${index + 1}`)} />}
        </Tappable>
      ))}
    </View>
  );
}
