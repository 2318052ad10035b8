// Mounts the side panel with the real browser services.
import { createRoot } from 'react-dom/client';
import { SidePanelApp } from '../../components/SidePanelApp.tsx';
import { browserPanelServices } from '../../lib/panel-services.ts';
import '../../components/panel.css';

createRoot(document.getElementById('root')!).render(<SidePanelApp services={browserPanelServices} />);
