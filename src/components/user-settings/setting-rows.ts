import { msg } from '@lit/localize';

/** The rows of the General tab, in the order the page shows them. */
export const SETTING_ROW_IDS = [
  'desktopNotification',
  'compactSidebar',
  'language',
  'sshKeypair',
  'automaticUpdateCheck',
  'autoLogout',
  'userConfigScript',
  'bootstrapScript',
  'betaFeatures',
] as const;

export type SettingRowId = (typeof SETTING_ROW_IDS)[number];

export interface SettingRowText {
  /** The visible label, which is also the accessible name of the row's control. */
  label: string;
  description: string;
}

/** Labels and descriptions in the current language; call it while rendering. */
export function settingRowTexts(): Record<SettingRowId, SettingRowText> {
  return {
    desktopNotification: {
      label: msg('Desktop Notification', { id: 'userSettings.DesktopNotification' }),
      description: msg(
        "Also show this page's messages in your system's notification area, where the browser and operating system allow it. If notifications were blocked for this site, nothing appears there until you allow them in the browser. Messages inside the page appear either way.",
        { id: 'userSettings.DescDesktopNotification' },
      ),
    },
    compactSidebar: {
      label: msg('Use Compact Sidebar by default', { id: 'userSettings.UseCompactSidebar' }),
      description: msg(
        'Start with a narrower left sidebar. The choice takes effect the next time the page loads; to change the width right away, use the button at the top of the sidebar.',
        { id: 'userSettings.DescUseCompactSidebar' },
      ),
    },
    language: {
      label: msg('Language', { id: 'userSettings.Language' }),
      description: msg(
        "The language of this interface. OS Default follows your browser's language settings. Parts of the page outside these settings may keep the previous language until the page is reloaded.",
        { id: 'userSettings.DescLanguage' },
      ),
    },
    sshKeypair: {
      label: msg('SSH Keypair Management', { id: 'userSettings.SSHKeypairManagement' }),
      description: msg(
        'See, generate or enter the SSH keypair used to connect to your compute sessions over SSH or SFTP. Those connections work from the Backend.AI desktop app only, not from a web browser. Windows users can download the private key as a PuTTY (PPK) file.',
        { id: 'userSettings.DescSSHKeypairManagement' },
      ),
    },
    automaticUpdateCheck: {
      label: msg('Automatic Update Check', { id: 'userSettings.AutomaticUpdateCheck' }),
      description: msg(
        'Tell me when a newer version of the WebUI is published. This needs access to the internet; after repeated failed checks it turns itself off.',
        { id: 'userSettings.DescAutomaticUpdateCheck' },
      ),
    },
    autoLogout: {
      label: msg('Auto Logout', { id: 'userSettings.AutoLogout' }),
      description: msg(
        'Sign out by itself once every Backend.AI WebUI page is closed. Pages that run apps of a compute session, such as Jupyter Notebook or a web terminal, do not count.',
        { id: 'userSettings.DescAutoLogout' },
      ),
    },
    userConfigScript: {
      label: msg('Edit User Config Script', { id: 'userSettings.EditUserConfigScript' }),
      description: msg(
        'Your own shell files, such as .bashrc, .zshrc or .Renviron, placed in every compute session you create: for aliases, environment variables or files you always want in the same place.',
        { id: 'userSettings.DescEditUserConfigScript' },
      ),
    },
    bootstrapScript: {
      label: msg('Edit Bootstrap Script', { id: 'userSettings.EditBootstrapScript' }),
      description: msg(
        'A script that runs once right after each of your compute sessions starts. The session stays PREPARING until the script ends, so run long tasks from a terminal app instead.',
        { id: 'userSettings.BootstrapScriptDescription' },
      ),
    },
    betaFeatures: {
      label: msg('Beta Features', { id: 'userSettings.BetaFeatures' }),
      description: msg('Try features that are still being built. They may change or go away.', {
        id: 'userSettings.DescBetaFeatures',
      }),
    },
  };
}
