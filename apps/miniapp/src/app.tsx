import type { PropsWithChildren } from 'react';
import { makeTaroButtonsAccessible } from './a11y/h5-buttons';
import { citizenSessions } from './services/auth';
import { setSessionProvider } from './services/http';
import { applyElderClass, elderMode } from './stores/elder-mode';
import './app.scss';

// Signed-in calls get their token from the citizen's session, registered here so that http.ts need not import the
// sign-in code that itself calls it (no import cycle, as the console's setUnauthenticatedHandler).
setSessionProvider(citizenSessions);

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
