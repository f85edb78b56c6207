import type { BoardImageView, MessageImageView, StaffMessageImageView, UploadedImageView } from '@weimin/contracts';
import type { MessageImage } from './message-image.entity';

/** Where each audience reads a photo's bytes: the owner, staff who see the message, anyone (approved for the board). */
export const imageUrls = {
  own: (image: MessageImage) => `/api/citizen/uploads/${image.id}`,
  staff: (image: MessageImage) => `/api/admin/message-images/${image.id}`,
  board: (image: MessageImage) => `/api/board/images/${image.id}`,
};

export function toUploadedImageView(image: MessageImage): UploadedImageView {
  return { id: image.id, sha256: image.sha256, bytes: image.bytes, width: image.width, height: image.height, url: imageUrls.own(image) };
}

export function toOwnImageView(image: MessageImage): MessageImageView {
  return { id: image.id, width: image.width, height: image.height, url: imageUrls.own(image) };
}

export function toStaffImageView(image: MessageImage): StaffMessageImageView {
  return {
    id: image.id,
    width: image.width,
    height: image.height,
    url: imageUrls.staff(image),
    check: image.checkStatus,
    onBoard: image.boardApprovedAt !== null && image.checkStatus !== 'flagged',
  };
}

export function toBoardImageView(image: MessageImage): BoardImageView {
  return { id: image.id, width: image.width, height: image.height, url: imageUrls.board(image) };
}
