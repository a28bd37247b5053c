/**
 * Paths the manager keeps for itself (RESERVED_DOTFILES in the manager's defs): a dotfile
 * there would shadow what the agent mounts into every session.
 */
export const RESERVED_DOTFILE_PATHS: readonly string[] = [
  '.terminfo',
  '.jupyter',
  '.ssh',
  '.ssh/authorized_keys',
  '.local',
  '.config',
];

export type DotfilePathProblem = 'empty' | 'absolute' | 'parent' | 'reserved' | 'whitespace' | 'control';

/** Why a dotfile path would be refused, or null when it is fine. Paths are relative to the home directory. */
export function checkDotfilePath(path: string): DotfilePathProblem | null {
  if (path === '') return 'empty';
  if (path.trim() !== path) return 'whitespace';
  if (/[\u0000-\u001f\u007f]/.test(path)) return 'control';
  if (path.startsWith('/') || path.startsWith('~')) return 'absolute';
  const segments = path.split('/');
  if (segments.includes('..')) return 'parent';
  const normalized = segments.filter((segment) => segment !== '' && segment !== '.').join('/');
  if (normalized === '') return 'empty';
  // Inside a reserved folder counts too: the mount of `.ssh` would hide `.ssh/config`.
  if (RESERVED_DOTFILE_PATHS.some((reserved) => normalized === reserved || normalized.startsWith(`${reserved}/`))) {
    return 'reserved';
  }
  return null;
}
