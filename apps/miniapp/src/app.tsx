import type { PropsWithChildren } from 'react';
import { makeTaroButtonsAccessible } from './a11y/h5-buttons';
import { applyElderClass, elderMode } from './stores/elder-mode';
import './app.scss';

if (process.env.TARO_ENV === 'h5') {
  makeTaroButtonsAccessible();
  // Taro's H5 tab bar items are <a href="javascript:;">, which the BFF's CSP (script-src 'self') reports on every tap.
  // Cancelling the link's default action leaves Taro's own click handler (the tab switch) untouched.
  document.addEventListener('click', (event) => {
    const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (link?.href.startsWith('javascript:')) event.preventDefault();
  });
}

// 长辈版, remembered on the device, applies from the first page shown.
applyElderClass(elderMode());

function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
