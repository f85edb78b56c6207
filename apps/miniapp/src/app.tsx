import type { PropsWithChildren } from 'react';
import { citizenSessions } from './services/auth';
import { setSessionProvider } from './services/http';
import './app.scss';

// Signed-in calls get their token from the citizen's session, registered here so that http.ts need not import the
// sign-in code that itself calls it (no import cycle, as the console's setUnauthenticatedHandler).
setSessionProvider(citizenSessions);

if (process.env.TARO_ENV === 'h5') {
  // Taro's H5 tab bar items are <a href="javascript:;">, which the BFF's CSP (script-src 'self') reports on every tap.
  // Cancelling the link's default action leaves Taro's own click handler (the tab switch) untouched.
  document.addEventListener('click', (event) => {
    const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (link?.href.startsWith('javascript:')) event.preventDefault();
  });
}

function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
