// The manager stores a user's dotfiles msgpack-packed in one column and refuses more than
// 64 KiB in total; this is the packed size without a msgpack dependency.

function stringSize(text) {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes < 32) return 1 + bytes;
  if (bytes < 0x100) return 2 + bytes;
  if (bytes < 0x10000) return 3 + bytes;
  return 5 + bytes;
}

function containerHeader(count) {
  if (count < 16) return 1;
  return count < 0x10000 ? 3 : 5;
}

/** Bytes of msgpack.packb([{path, perm, data}, ...]). */
export function packedDotfilesSize(dotfiles) {
  let size = containerHeader(dotfiles.length);
  for (const { path, perm, data } of dotfiles) {
    size += containerHeader(3) + stringSize('path') + stringSize(path) + stringSize('perm') + stringSize(perm) + stringSize('data') + stringSize(data);
  }
  return size;
}
