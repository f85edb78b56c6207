import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { MESSAGE_IMAGE_MAX_BYTES, MESSAGE_IMAGES_MAX } from '@weimin/contracts';
import { Tappable } from '../../../../components/Tappable';
import { ApiError } from '../../../../services/http';
import { uploadMessageImage } from '../../../../services/messages';

/** A chosen photo: shown from the device at once, uploaded in the background; `id` once the BFF has kept it. */
export interface PickedImage {
  key: string;
  localPath: string;
  id?: number;
  uploading: boolean;
}

let picked = 0;

/** The image's text alternative: `alt` in the H5 build, aria-label in WeChat's. */
const altOf = (alt: string) => (process.env.TARO_ENV === 'h5' ? { nativeProps: { alt } } : { ariaLabel: alt });

/**
 * 上传图片: up to MESSAGE_IMAGES_MAX photos from the camera or the album, each uploaded as soon as it is chosen (the
 * BFF re-encodes it, dropping the location), previews with a delete button. `onChange` gets the whole list each time.
 */
export function ImagePicker({
  images,
  disabled,
  onChange,
}: {
  images: PickedImage[];
  disabled: boolean;
  onChange: (update: (images: PickedImage[]) => PickedImage[]) => void;
}) {
  async function choose() {
    let chosen: Taro.chooseImage.SuccessCallbackResult;
    try {
      chosen = await Taro.chooseImage({ count: MESSAGE_IMAGES_MAX - images.length, sizeType: ['compressed'], sourceType: ['album', 'camera'] });
    } catch {
      return; // the citizen cancelled
    }
    const files = chosen.tempFiles.slice(0, MESSAGE_IMAGES_MAX - images.length);
    for (const file of files) {
      const key = `picked-${++picked}`;
      if (file.size > MESSAGE_IMAGE_MAX_BYTES) {
        void Taro.showToast({ title: '图片不能超过5MB', icon: 'none' });
        continue;
      }
      onChange((current) => [...current, { key, localPath: file.path, uploading: true }]);
      uploadMessageImage(file.path)
        .then((uploaded) => onChange((current) => current.map((image) => (image.key === key ? { ...image, id: uploaded.id, uploading: false } : image))))
        .catch((error: unknown) => {
          onChange((current) => current.filter((image) => image.key !== key));
          void Taro.showToast({ title: error instanceof ApiError ? error.message : '图片上传失败，请重试', icon: 'none', duration: 2500 });
        });
    }
  }

  return (
    <View className="compose__images">
      {images.map((image, index) => (
        <View key={image.key} className="compose__image" data-uploaded={image.id !== undefined}>
          <Image className="compose__image-preview" src={image.localPath} mode="aspectFill" {...altOf(`图片${index + 1}`)} />
          {image.uploading && <Text className="compose__image-state">上传中</Text>}
          {!disabled && (
            <Tappable
              inline
              className="compose__image-delete"
              label={`删除图片${index + 1}`}
              onTap={() => onChange((current) => current.filter((item) => item.key !== image.key))}
            >
              ×
            </Tappable>
          )}
        </View>
      ))}
      {!disabled && images.length < MESSAGE_IMAGES_MAX && (
        <Tappable className="compose__image-add" label="添加图片" onTap={() => void choose()}>
          <Text>＋</Text>
          <Text className="compose__hint">
            {images.length}/{MESSAGE_IMAGES_MAX}
          </Text>
        </Tappable>
      )}
    </View>
  );
}
