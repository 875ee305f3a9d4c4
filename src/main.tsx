import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { openBrowserSession } from './app/openBrowserSession';
import { App } from './ui/App';
import { SessionProvider } from './ui/SessionContext';
import { StartupFailure } from './ui/StartupFailure';
import './ui/styles.css';

const root = createRoot(document.getElementById('root') as HTMLElement);

openBrowserSession().then(
  (session) =>
    root.render(
      <StrictMode>
        <SessionProvider value={session}>
          <App />
        </SessionProvider>
      </StrictMode>,
    ),
  (error: unknown) =>
    root.render(<StartupFailure message={error instanceof Error ? error.message : String(error)} />),
);
