// Mounts the options page with the real browser services.
import { createRoot } from 'react-dom/client';
import { OptionsApp } from '../../components/OptionsApp.tsx';
import { browserOptionsServices } from '../../lib/options-services.ts';
import '../../components/panel.css';

void browserOptionsServices().then((services) =>
  createRoot(document.getElementById('root')!).render(<OptionsApp services={services} />),
);
