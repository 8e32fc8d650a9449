// First: zod must be configured before any schema is constructed (see configureZod.ts).
import './app/configureZod';
import './ui/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { PUBLISH_DEBUG_HANDLES } from './app/debugHandles';
import { syncDocumentLanguage } from './app/syncDocumentLanguage';
import { languageStore } from './store/languageStore';
import { loadSceneInto } from './store/loadScene';
import { renderStats } from './store/renderStats';
import { sceneStore } from './store/sceneStore';

if (PUBLISH_DEBUG_HANDLES) window.__expoStats = renderStats;
syncDocumentLanguage(languageStore, document.documentElement);

// Older iPadOS Safari zooms the page on a pinch despite `touch-action` (styles.css); its own
// gesture events can be refused, anywhere on the page. The view and the floor plan read their
// pinches from pointer and touch events.
for (const type of ['gesturestart', 'gesturechange']) document.addEventListener(type, (event) => event.preventDefault());

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

void loadSceneInto(sceneStore, new URLSearchParams(window.location.search).get('scene'), {
  fetch: window.fetch.bind(window),
  pageHref: window.location.href,
});

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
