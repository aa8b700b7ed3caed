import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { claimReactAriaStyles } from './design/react-aria-styles';
import './styles.css';

claimReactAriaStyles(document);

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
