/**
 * Photos on messages (issue 16): a citizen uploads up to MESSAGE_IMAGES_MAX images, one per request, and names their ids
 * when submitting. The BFF keeps only its own re-encoding of each (no EXIF, no location), WeChat checks each one, and the
 * public board shows them only once the office has approved them.
 */
export const MESSAGE_IMAGES_MAX = 9;
/** The largest file a citizen may upload, in bytes (5 MB; the mini-program sends WeChat's compressed copy). */
export const MESSAGE_IMAGE_MAX_BYTES = 5 * 1024 * 1024;
/** What a citizen may upload; the BFF checks the content, not the name or the declared type. */
export const MESSAGE_IMAGE_TYPES = ['image/jpeg', 'image/png'] as const;

/** The answer to an upload: the id to name in `imageIds`, and what was kept. */
export interface UploadedImageView {
  id: number;
  /** Of the stored (re-encoded) bytes. */
  sha256: string;
  bytes: number;
  width: number;
  height: number;
  /** Where the citizen reads it back (their own images only). */
  url: string;
}

/**
 * WeChat's verdict on an image (mediaCheckAsync): `checking` until WeChat answers, `unchecked` when WeChat is not
 * configured, `flagged` when WeChat called it risky or asked for a human look (the message is then held for the office).
 */
export type ImageCheckStatus = 'unchecked' | 'checking' | 'passed' | 'flagged';

/** An image of a message as staff and the citizen see it; the url needs their sign-in. */
export interface MessageImageView {
  id: number;
  width: number;
  height: number;
  url: string;
}

export interface StaffMessageImageView extends MessageImageView {
  check: ImageCheckStatus;
  /** The office approved it for the public board (a flagged image never is). */
  onBoard: boolean;
}

/** An image on the public board: served to anyone, only after the office approved it. */
export type BoardImageView = MessageImageView;
