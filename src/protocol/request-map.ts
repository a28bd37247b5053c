/** One dotfile as the manager stores it. `permission` is an octal string such as `644`. */
export interface Dotfile {
  path: string;
  permission: string;
  data: string;
}

export interface SshKeypair {
  publicKey: string;
  privateKey: string;
}

/**
 * Every request an element can send to its host, with the detail it carries and the
 * result the host answers with. DESIGN.md section 5 maps each one to a manager REST call.
 */
export interface BaiRequestMap {
  'bai-ssh-keypair-fetch': { detail: Record<string, never>; result: { publicKey: string | null } };
  'bai-ssh-keypair-generate': { detail: Record<string, never>; result: SshKeypair };
  'bai-ssh-keypair-register': { detail: SshKeypair; result: SshKeypair };
  'bai-dotfiles-fetch': { detail: Record<string, never>; result: Dotfile[] };
  'bai-dotfile-create': { detail: Dotfile; result: void };
  'bai-dotfile-update': { detail: Dotfile; result: void };
  'bai-dotfile-delete': { detail: { path: string }; result: void };
  'bai-bootstrap-script-fetch': { detail: Record<string, never>; result: string };
  'bai-bootstrap-script-update': { detail: { script: string }; result: void };
}

export type BaiRequestName = keyof BaiRequestMap;
export type BaiRequestDetail<K extends BaiRequestName> = BaiRequestMap[K]['detail'];
export type BaiRequestResult<K extends BaiRequestName> = BaiRequestMap[K]['result'];

export const BAI_REQUEST_NAMES: readonly BaiRequestName[] = [
  'bai-ssh-keypair-fetch',
  'bai-ssh-keypair-generate',
  'bai-ssh-keypair-register',
  'bai-dotfiles-fetch',
  'bai-dotfile-create',
  'bai-dotfile-update',
  'bai-dotfile-delete',
  'bai-bootstrap-script-fetch',
  'bai-bootstrap-script-update',
];
