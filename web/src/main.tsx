import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './app/app.css';
import { I18nProvider } from './i18n/i18n-provider';
import { initialLocale, loadMessages } from './i18n/locales';
import './i18n/message-ids';
import { loadRuntimeConfig } from './lib/config';

async function start(root: HTMLElement) {
  const locale = initialLocale();
  const [messages, config] = await Promise.all([loadMessages(locale), loadRuntimeConfig().catch((error: unknown) => error)]);
  const reactRoot = createRoot(root);
  if (config instanceof Error || !config) {
    // Without /config.json the app cannot know where the API is: say so plainly.
    console.error('Tandem could not load its configuration', config);
    document.documentElement.lang = locale;
    reactRoot.render(
      <main className="app-main">
        <h1>Tandem</h1>
        <p role="alert">{messages['app.configError']}</p>
      </main>,
    );
    return;
  }
  reactRoot.render(
    <StrictMode>
      <I18nProvider initialLocale={locale} initialMessages={messages}>
        <App />
      </I18nProvider>
    </StrictMode>,
  );
}

const root = document.getElementById('root');
if (root) void start(root);
