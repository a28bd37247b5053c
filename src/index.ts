// The side-effect-free API: classes, services and types. Importing it registers no element;
// `define.ts` (and the bundle built from it) does.
export { BaiRequestEvent } from './protocol/request-event.js';
export type {
  BaiRequestMap,
  BaiRequestName,
  BaiRequestDetail,
  BaiRequestResult,
  Dotfile,
  SshKeypair,
} from './protocol/request-map.js';
export { BAI_REQUEST_NAMES } from './protocol/request-map.js';
export { sendRequest, DEFAULT_REQUEST_TIMEOUT } from './protocol/send-request.js';
export type { RequestOutcome, SendRequestOptions } from './protocol/send-request.js';
export type { RequestError } from './protocol/request-error.js';
export { BaiNotificationEvent } from './events/notification-event.js';
export type { BaiNotificationDetail, NotificationLevel } from './events/notification-event.js';
export { BaiPreferenceChangeEvent } from './events/preference-change-event.js';
export type { BaiPreferenceChangeDetail } from './events/preference-change-event.js';
export { BaiUpdateAvailableEvent } from './events/update-available-event.js';
export type { BaiUpdateAvailableDetail } from './events/update-available-event.js';
export { BaiAutoLogoutEvent } from './events/auto-logout-event.js';
export { applyLanguage, getLocale, resolveLocale, SUPPORTED_LOCALES } from './localization.js';
export type { LanguagePreference, SupportedLocale } from './localization.js';
export { LocaleController, formatBytes, formatDateTime, formatNumber, isTranslatorMode, setTranslatorMode } from './i18n/index.js';
export { connectManager } from './manager/connect-manager.js';
export type { ConnectManagerOptions } from './manager/connect-manager.js';
export type { ManagerMode, RequestRecorder } from './manager/manager-client.js';
export type { ManagerError } from './manager/manager-error.js';
export { PreferencesStore, PREFERENCES_CHANNEL } from './preferences/preferences-store.js';
export type { PreferenceChange, PreferencesStoreOptions } from './preferences/preferences-store.js';
export { PreferencesController } from './preferences/preferences-controller.js';
export type { PreferencesControllerOptions } from './preferences/preferences-controller.js';
export { DEFAULT_PREFERENCES, PREFERENCE_KEYS, isValidPreference } from './preferences/schema.js';
export type { Preferences, PreferenceKey } from './preferences/schema.js';
export { enableDesktopNotification, notify } from './services/desktop-notification.js';
export type { NotificationApi } from './services/desktop-notification.js';
export { checkForUpdate, compareVersions, UPDATE_CHECK_INTERVAL_MS, MAX_UPDATE_CHECK_FAILURES } from './services/update-check.js';
export type { UpdateCheckOptions, UpdateCheckResult } from './services/update-check.js';
export { watchAutoLogout, DEFAULT_AUTO_LOGOUT_GRACE_MS } from './services/auto-logout.js';
export type { AutoLogoutOptions, AutoLogoutWatch } from './services/auto-logout.js';
export { WebLockPages, BroadcastPages } from './services/open-pages.js';
export type { OpenPages } from './services/open-pages.js';
export { ClientLog, clientLog, redact, REDACTED, DEFAULT_LOG_DATABASE, DEFAULT_MAX_LOG_ENTRIES } from './logs/index.js';
export type { ClientLogEntry, ClientLogEntryInput, ClientLogOptions, ListOptions, LogChange, LogFilter } from './logs/index.js';
export { BaiScriptEditor } from './components/script-editor/script-editor.js';
export { ScriptEditorModel } from './components/script-editor/script-editor-model.js';
export type { ScriptEditorMode, SaveResult, DeleteResult } from './components/script-editor/script-editor-model.js';
export { DraftStore } from './drafts/draft-store.js';
export type { Draft } from './drafts/draft-store.js';
export { MAX_SCRIPT_BYTES, MAX_DOTFILES, utf8ByteLength } from './dotfiles/limits.js';
export { RESERVED_DOTFILE_PATHS, checkDotfilePath } from './dotfiles/path-rules.js';
export type { DotfilePathProblem } from './dotfiles/path-rules.js';
export { DEFAULT_DOTFILES } from './dotfiles/known-files.js';
export { BaiUserSettings } from './components/user-settings/user-settings.js';
export type { UserSettingsTab } from './components/user-settings/user-settings.js';
export { BaiSshKeypairDialog } from './components/ssh-keypair-dialog/ssh-keypair-dialog.js';
export { fingerprintPublicKey, sha256Fingerprint } from './ssh/fingerprint.js';
export type { PublicKeyFingerprint } from './ssh/fingerprint.js';
export { generateKeyMaterial } from './ssh/generate-keypair.js';
export type { GeneratedKeyType } from './ssh/generate-keypair.js';
export { keypairFiles } from './ssh/keypair-files.js';
export type { KeypairFiles } from './ssh/keypair-files.js';
export { encodeOpenSshPrivateKey } from './ssh/openssh-private-key.js';
export { encodePpk } from './ssh/ppk.js';
export { openSshPublicKeyLine, publicKeyBlob } from './ssh/public-key.js';
export type { SshKeyMaterial, Ed25519KeyMaterial, RsaKeyMaterial, EcdsaKeyMaterial, EcdsaCurve } from './ssh/key-material.js';
export type { KeyProblem, KeyField } from './ssh/key-problem.js';
