import { App, ConfigProvider, type ThemeConfig } from 'antd';
import zhCN from 'antd/es/locale/zh_CN';
import 'antd/dist/reset.css';
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router-dom';
import { setErrorNotifier, setUnauthenticatedHandler } from './api/client';
import { router } from './router';
import { sessionRejected } from './stores/session';

const consoleTheme: ThemeConfig = {
  token: { colorPrimary: '#1f5fbf', colorInfo: '#1f5fbf', borderRadius: 4 },
  components: {
    Layout: { headerBg: '#ffffff', headerHeight: 56, headerPadding: '0 24px', siderBg: '#ffffff', bodyBg: '#f4f6f9' },
  },
};

// Every dialog of the console is a form: a click beside it must not throw away what was typed (Esc and 取消 still close it).
const modalConfig = { mask: { closable: false } };

// A 401 from any call ends the session in the store; RequireSession then takes the user to the login page.
setUnauthenticatedHandler(sessionRejected);

/** Lets the API client toast errors through antd's App context, which carries the theme and locale. */
function ErrorToasts() {
  const { message } = App.useApp();
  useEffect(() => setErrorNotifier((error) => void message.error(error.message)), [message]);
  return null;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={consoleTheme} modal={modalConfig}>
      <App>
        <ErrorToasts />
        <RouterProvider router={router} future={{ v7_startTransition: true }} />
      </App>
    </ConfigProvider>
  </StrictMode>,
);
