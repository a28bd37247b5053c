/** The files every user is offered, whether or not the manager has them yet. */
export const DEFAULT_DOTFILES: readonly string[] = ['.bashrc', '.zshrc', '.Renviron', '.tmux.conf.local', '.vimrc'];

/** The manager's default mode for a new dotfile. */
export const DEFAULT_DOTFILE_PERMISSION = '644';

/** How the editor highlights (and, for bash and zsh, checks) a file. */
export type ScriptLanguage = 'bash' | 'zsh' | 'sh' | 'properties' | 'tmux' | 'plain';

export function languageForPath(path: string): ScriptLanguage {
  const name = path.split('/').pop() ?? path;
  if (/^\.(bashrc|bash_profile|bash_aliases|bash_logout|profile)$/.test(name) || name.endsWith('.bash')) return 'bash';
  if (/^\.(zshrc|zshenv|zprofile|zlogin|zlogout)$/.test(name) || name.endsWith('.zsh')) return 'zsh';
  if (name.endsWith('.sh')) return 'sh';
  if (name === '.Renviron' || name.endsWith('.env') || name === '.env') return 'properties';
  if (name.startsWith('.tmux') || name.endsWith('.tmux.conf')) return 'tmux';
  return 'plain';
}

/** The fixed files first, in their usual order, then every other file the manager has, sorted. */
export function dotfileChoices(serverPaths: Iterable<string>, extra: Iterable<string> = []): string[] {
  const others = new Set<string>([...serverPaths, ...extra]);
  for (const path of DEFAULT_DOTFILES) others.delete(path);
  return [...DEFAULT_DOTFILES, ...[...others].sort((a, b) => a.localeCompare(b))];
}
