import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@utrecht/design-tokens/dist/index.css';
import '@utrecht/component-library-css/dist/index.css';
import './app.css';
import { App } from './App';
import { RouterProvider } from './router';
import { SessieProvider } from './sessie';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RouterProvider>
      <SessieProvider>
        <App />
      </SessieProvider>
    </RouterProvider>
  </StrictMode>,
);
