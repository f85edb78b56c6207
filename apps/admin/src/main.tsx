import { App, ConfigProvider, type ThemeConfig } from 'antd';
import zhCN from 'antd/es/locale/zh_CN';
import 'antd/dist/reset.css';
import './a11y.css';
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router-dom';
import { setErrorNotifier, setUnauthenticatedHandler } from './api/client';
import { translateTabPositions } from './chinese-live-text';
import { quietIconNamesAsTheyCome } from './decorative-icons';
import { returnFocusToOpeners } from './return-focus';
import { router } from './router';
import { mendSelectLists } from './select-listbox';
import { sessionRejected } from './stores/session';

/**
 * Text at least 4.5:1 against white and the #f4f6f9 page (docs/accessibility.md): antd's tertiary text, descriptions and
 * placeholders (45% and 25% black) are darkened to 60% black (5.3:1 on the page); a Tag's text takes the darker shade of
 * its colour where antd's shade 7 or status colour stays under 4.5:1 on the tag's own pale background.
 */
const READABLE_GREY = 'rgba(0, 0, 0, 0.6)';
const consoleTheme: ThemeConfig = {
  token: {
    colorPrimary: '#1f5fbf',
    // Hover and pressed shades darker than the base, not lighter (antd's default), so white button text stays ≥ 4.5:1.
    colorPrimaryHover: '#174a94',
    colorPrimaryActive: '#123a75',
    colorLink: '#1f5fbf',
    colorLinkHover: '#174a94',
    colorLinkActive: '#123a75',
    colorInfo: '#1f5fbf',
    borderRadius: 4,
    colorTextTertiary: READABLE_GREY,
    colorTextDescription: READABLE_GREY,
    colorTextPlaceholder: READABLE_GREY,
    // antd's #ff4d4f (3.3:1 on white) for danger links and validation messages; red 7 is 5.9:1.
    colorError: '#cf1322',
    colorErrorHover: '#a8071a',
    colorErrorActive: '#820014',
  },
  components: {
    // Days of the neighbouring months in a date picker are drawn in the disabled grey (25% black, 1.6:1); the readable
    // grey keeps them apart from this month's days (88% black) and above 4.5:1, in a selected range's pale blue too.
    DatePicker: { colorTextDisabled: READABLE_GREY },
    // An empty table's text (a plain emptyText, e.g. 单位排名 with no agency) is drawn in the disabled grey too.
    Table: { colorTextDisabled: READABLE_GREY },
    Layout: { headerBg: '#ffffff', headerHeight: 56, headerPadding: '0 24px', siderBg: '#ffffff', bodyBg: '#f4f6f9' },
    Tag: {
      colorSuccess: '#237804',
      colorError: '#a8071a',
      colorWarning: '#ad4e00',
      colorInfo: '#1f5fbf',
      volcano7: '#ad2102',
      orange7: '#ad4e00',
      gold7: '#874d00',
      lime7: '#3f6600',
      green7: '#237804',
      cyan7: '#006d75',
    },
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

translateTabPositions();
returnFocusToOpeners();
mendSelectLists();
quietIconNamesAsTheyCome();

// virtual={false}: antd's virtual lists add hidden options and listboxes that screen readers (and axe) find unnamed or
// carrying attributes their role does not allow; the console's lists are short enough to render whole.
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={consoleTheme} modal={modalConfig} virtual={false}>
      <App>
        <ErrorToasts />
        <RouterProvider router={router} future={{ v7_startTransition: true }} />
      </App>
    </ConfigProvider>
  </StrictMode>,
);
