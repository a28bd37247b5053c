// The demo host page: connects the settings page to the demo manager (session mode
// through /func by default, keypair mode with ?mode=keypair), sizes the sidebar from the
// compactSidebar preference when the page loads, and says what a host would do on
// auto logout and updates, in the language the settings page shows.
import { connectManager, PreferencesStore, watchAutoLogout } from '../dist/index.js';
import { localizeDemoPage, text } from './demo-text.js';

const NAMESPACE = 'demo@example.com';
const mode = new URLSearchParams(location.search).get('mode') === 'keypair' ? 'keypair' : 'session';
// What the connection line says, kept as an id and values so a language switch can say it again.
let connection = { id: 'connecting', values: {} };

function showConnection() {
  document.getElementById('connection-status').textContent = text(connection.id, connection.values);
  const switchMode = document.getElementById('switch-mode');
  switchMode.href = mode === 'keypair' ? '?' : '?mode=keypair';
  switchMode.textContent = text(mode === 'keypair' ? 'useSession' : 'useKeypair');
}

async function connect() {
  try {
    if (mode === 'keypair') {
      const response = await fetch('/demo-credentials.json');
      if (!response.ok) throw new Error(`the demo keypair is not available (HTTP ${response.status})`);
      const { accessKey, secretKey } = await response.json();
      connectManager(document, { endpoint: location.origin, mode, accessKey, secretKey });
      connection = { id: 'keypairStatus', values: { key: accessKey } };
    } else {
      connectManager(document, { endpoint: location.origin, mode });
      connection = { id: 'sessionStatus', values: {} };
    }
  } catch (error) {
    connection = { id: 'notConnected', values: { reason: error.message } };
  }
  showConnection();
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
  const show = (message, level = 'info') => {
    const line = document.createElement('p');
    line.dataset.level = level;
    line.textContent = message;
    messages.append(line);
    setTimeout(() => line.remove(), 6000);
  };
  // The elements show their own messages; these two events are for the host to act on.
  document.addEventListener('bai-auto-logout', () => show(text('autoLogout'), 'warning'));
  document.addEventListener('bai-update-available', (event) => show(text('updateAvailable', { version: event.detail.version })));
}

localizeDemoPage(showConnection);
showMessages();
connect();
setUpSidebar();
// Every WebUI page but app pages runs the watcher; with Auto Logout on, opening the demo
// again after all its pages were closed for a few seconds fires bai-auto-logout.
watchAutoLogout({ store: PreferencesStore.for(NAMESPACE), target: document });
