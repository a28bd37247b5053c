// The demo page's own texts, in the language the settings page is showing. The library's
// messages live in xliff/; these few belong to the host page, as a real console's would.
import { getLocale } from '../dist/index.js';

const TEXTS = {
  en: {
    mainNav: 'Main', compactSidebar: 'Compact sidebar', summary: 'Summary', sessions: 'Sessions', data: 'Data',
    settings: 'Settings', title: 'User Settings', connecting: 'Connecting…', useKeypair: 'Use keypair mode',
    useSession: 'Use session mode', keypairStatus: 'Keypair mode: signed requests as {key}',
    sessionStatus: 'Session mode: requests go through /func', notConnected: 'Not connected: {reason}',
    autoLogout: 'Auto logout: a real WebUI would sign out now.', updateAvailable: 'Version {version} is available.',
  },
  ko: {
    mainNav: '주 메뉴', compactSidebar: '사이드바 좁게 보기', summary: '요약', sessions: '세션', data: '데이터',
    settings: '설정', title: '사용자 설정', connecting: '연결 중…', useKeypair: '키페어 모드 사용',
    useSession: '세션 모드 사용', keypairStatus: '키페어 모드: {key}(으)로 서명한 요청',
    sessionStatus: '세션 모드: 요청이 /func를 거칩니다', notConnected: '연결되지 않음: {reason}',
    autoLogout: '자동 로그아웃: 실제 WebUI라면 지금 로그아웃합니다.', updateAvailable: '{version} 버전을 사용할 수 있습니다.',
  },
  ru: {
    mainNav: 'Главное меню', compactSidebar: 'Компактная боковая панель', summary: 'Сводка', sessions: 'Сессии',
    data: 'Данные', settings: 'Настройки', title: 'Настройки пользователя', connecting: 'Подключение…',
    useKeypair: 'Режим пары ключей', useSession: 'Режим сессии',
    keypairStatus: 'Режим пары ключей: запросы подписаны ключом {key}',
    sessionStatus: 'Режим сессии: запросы идут через /func', notConnected: 'Нет подключения: {reason}',
    autoLogout: 'Автоматический выход: настоящий WebUI сейчас завершил бы сеанс.',
    updateAvailable: 'Доступна версия {version}.',
  },
  fr: {
    mainNav: 'Navigation principale', compactSidebar: 'Barre latérale compacte', summary: 'Résumé',
    sessions: 'Sessions', data: 'Données', settings: 'Paramètres', title: 'Paramètres utilisateur',
    connecting: 'Connexion…', useKeypair: 'Utiliser le mode paire de clés', useSession: 'Utiliser le mode session',
    keypairStatus: 'Mode paire de clés : requêtes signées avec {key}',
    sessionStatus: 'Mode session : les requêtes passent par /func', notConnected: 'Non connecté : {reason}',
    autoLogout: 'Déconnexion automatique : une vraie WebUI vous déconnecterait maintenant.',
    updateAvailable: 'La version {version} est disponible.',
  },
  mn: {
    mainNav: 'Үндсэн цэс', compactSidebar: 'Хажуугийн самбарыг нарийн харуулах', summary: 'Хураангуй',
    sessions: 'Сешнүүд', data: 'Өгөгдөл', settings: 'Тохиргоо', title: 'Хэрэглэгчийн тохиргоо',
    connecting: 'Холбогдож байна…', useKeypair: 'Түлхүүрийн хос горим ашиглах', useSession: 'Сешн горим ашиглах',
    keypairStatus: 'Түлхүүрийн хос горим: хүсэлтүүдэд {key} түлхүүрээр гарын үсэг зурна',
    sessionStatus: 'Сешн горим: хүсэлтүүд /func-ээр дамжина', notConnected: 'Холбогдоогүй: {reason}',
    autoLogout: 'Автоматаар гарах: жинхэнэ WebUI одоо системээс гарах байсан.',
    updateAvailable: '{version} хувилбар гарсан байна.',
  },
  id: {
    mainNav: 'Navigasi utama', compactSidebar: 'Bilah sisi ringkas', summary: 'Ringkasan', sessions: 'Sesi',
    data: 'Data', settings: 'Pengaturan', title: 'Pengaturan Pengguna', connecting: 'Menghubungkan…',
    useKeypair: 'Gunakan mode pasangan kunci', useSession: 'Gunakan mode sesi',
    keypairStatus: 'Mode pasangan kunci: permintaan ditandatangani sebagai {key}',
    sessionStatus: 'Mode sesi: permintaan melalui /func', notConnected: 'Tidak terhubung: {reason}',
    autoLogout: 'Keluar otomatis: WebUI sungguhan akan keluar sekarang.', updateAvailable: 'Versi {version} tersedia.',
  },
};

/** The demo text `id` in the current language, with `{name}` placeholders filled in. */
export function text(id, values = {}) {
  const template = (TEXTS[getLocale()] ?? TEXTS.en)[id] ?? TEXTS.en[id];
  return template.replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ''));
}

/** Fills `data-text` (content) and `data-label` (aria-label) elements, now and on every language switch. */
export function localizeDemoPage(onSwitch) {
  const apply = () => {
    document.documentElement.lang = getLocale();
    for (const element of document.querySelectorAll('[data-text]')) element.textContent = text(element.dataset.text);
    for (const element of document.querySelectorAll('[data-label]')) element.setAttribute('aria-label', text(element.dataset.label));
    onSwitch();
  };
  window.addEventListener('lit-localize-status', (event) => {
    if (event.detail.status === 'ready') apply();
  });
  apply();
}
