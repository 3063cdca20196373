import { createRoot } from 'react-dom/client';
import '@utrecht/design-tokens/dist/index.css';
import '@utrecht/component-library-css/dist/index.css';
import './app.css';
import { App } from './App';
import { RouterProvider } from './router';
import { SessieProvider } from './sessie';

// No StrictMode: its double effects would read a case twice in development, and every
// read of a case is an entry in the access log.
createRoot(document.getElementById('root')!).render(
  <RouterProvider>
    <SessieProvider>
      <App />
    </SessieProvider>
  </RouterProvider>,
);
