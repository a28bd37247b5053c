// The demo host page: connects the settings page to the demo manager (session mode
// through /func by default, keypair mode with ?mode=keypair), sizes the sidebar from the
// compactSidebar preference when the page loads, and says what a host would do on
// auto logout and updates.
import { connectManager, PreferencesStore, watchAutoLogout } from '../dist/index.js';

const NAMESPACE = 'demo@example.com';
const mode = new URLSearchParams(location.search).get('mode') === 'keypair' ? 'keypair' : 'session';

async function connect() {
  const status = document.getElementById('connection-status');
  const switchMode = document.getElementById('switch-mode');
  switchMode.href = mode === 'keypair' ? '?' : '?mode=keypair';
  switchMode.textContent = mode === 'keypair' ? 'Use session mode' : 'Use keypair mode';
  try {
    if (mode === 'keypair') {
      const response = await fetch('/demo-credentials.json');
      if (!response.ok) throw new Error(`the demo keypair is not available (HTTP ${response.status})`);
      const { accessKey, secretKey } = await response.json();
      connectManager(document, { endpoint: location.origin, mode, accessKey, secretKey });
      status.textContent = `Keypair mode: signed requests as ${accessKey}`;
    } else {
      connectManager(document, { endpoint: location.origin, mode });
      status.textContent = 'Session mode: requests go through /func';
    }
  } catch (error) {
    status.textContent = `Not connected: ${error.message}`;
  }
}

// Like the WebUI, the preference decides the sidebar's form when a page loads; the
// button changes it for this page only.
async function setUpSidebar() {
  const toggle = document.getElementById('toggle-sidebar');
  const apply = (compact) => {
    document.body.classList.toggle('compact', compact);
    toggle.setAttribute('aria-pressed', String(compact));
  };
  toggle.addEventListener('click', () => apply(!document.body.classList.contains('compact')));
  const preferences = PreferencesStore.for(NAMESPACE);
  await preferences.ready;
  apply(preferences.get('compactSidebar') === true);
}

function showMessages() {
  const messages = document.getElementById('messages');
  const show = (text, level = 'info') => {
    const line = document.createElement('p');
    line.dataset.level = level;
    line.textContent = text;
    messages.append(line);
    setTimeout(() => line.remove(), 6000);
  };
  // The elements show their own messages; these two events are for the host to act on.
  document.addEventListener('bai-auto-logout', () => show('Auto logout: a real WebUI would sign out now.', 'warning'));
  document.addEventListener('bai-update-available', (event) => show(`Version ${event.detail.version} is available.`));
}

showMessages();
connect();
setUpSidebar();
// Every WebUI page but app pages runs the watcher; with Auto Logout on, opening the demo
// again after all its pages were closed for a few seconds fires bai-auto-logout.
watchAutoLogout({ store: PreferencesStore.for(NAMESPACE), target: document });
