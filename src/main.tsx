import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { openBrowserSession } from './app/openBrowserSession';
import { App } from './ui/App';
import { SessionHost } from './ui/SessionHost';
import { StartupFailure } from './ui/StartupFailure';
import { NowProvider } from './ui/tables/useNow';
import './ui/styles.css';

const root = createRoot(document.getElementById('root') as HTMLElement);

openBrowserSession().then(
  (session) =>
    root.render(
      <StrictMode>
        <SessionHost first={session} open={openBrowserSession}>
          <NowProvider>
            <App />
          </NowProvider>
        </SessionHost>
      </StrictMode>,
    ),
  (error: unknown) =>
    root.render(<StartupFailure message={error instanceof Error ? error.message : String(error)} />),
);
