import type { CitizenMeView } from '@weimin/contracts';

/** H5: a browser has no WeChat-verified phone number; the citizen types one. The WeChat build uses PhoneBindButton.weapp.tsx. */
export function PhoneBindButton(_props: { onBound: (me: CitizenMeView) => void }) {
  return null;
}
