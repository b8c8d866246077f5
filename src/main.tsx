import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles/app.css';
import './styles/diagram.css';
import './styles/law.css';
import './i18n';
import { App } from './App';
import { startPwa } from './pwa/register';
import { UpdatePrompt } from './pwa/UpdatePrompt';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
startPwa();
createRoot(root).render(
  <StrictMode>
    <App />
    <UpdatePrompt />
  </StrictMode>,
);
