import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ApiContext, AppEventsContext } from './transport/ApiContext';
import { chooseApi } from './transport/chooseApi';
import { withSyncEvents } from './sync/syncEvents';
import './styles.css';

const chosen = chooseApi(window);
const { api } = chosen;
// Others' changes arriving through sync reload views the way host events do.
const events = withSyncEvents(chosen.events);
const container = document.getElementById('root');
if (!container) throw new Error('The page is missing its #root element.');

createRoot(container).render(
  <StrictMode>
    <ApiContext value={api}>
      <AppEventsContext value={events}>
        <App />
      </AppEventsContext>
    </ApiContext>
  </StrictMode>,
);
