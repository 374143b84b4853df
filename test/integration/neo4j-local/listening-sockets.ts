import fs from 'node:fs';

/** Whether this machine exposes sockets per process the way Linux does (/proc/<pid>/fd, /proc/net/tcp). */
export const canListSockets = fs.existsSync('/proc/self/fd') && fs.existsSync('/proc/net/tcp');

/** The TCP addresses (`host:port`) on which process `pid` listens, read from /proc (Linux only). */
export function listeningSockets(pid: number): string[] {
  const inodes = new Set<string>();
  for (const fd of fs.readdirSync(`/proc/${pid}/fd`)) {
    try {
      const match = /^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (match) inodes.add(match[1]!);
    } catch {
      // The descriptor closed while we looked.
    }
  }
  const found: string[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!fs.existsSync(table)) continue;
    for (const line of fs.readFileSync(table, 'utf8').split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      const [local, state, inode] = [cols[1], cols[3], cols[9]];
      const LISTEN = '0A';
      if (!local || state !== LISTEN || !inode || !inodes.has(inode)) continue;
      const [hexHost = '', hexPort = ''] = local.split(':');
      found.push(`${decodeHost(hexHost)}:${parseInt(hexPort, 16)}`);
    }
  }
  return found.sort();
}

/** /proc prints addresses as 32-bit words in host (little-endian) order; IPv4-mapped IPv6 becomes plain IPv4. */
function decodeHost(hex: string): string {
  const bytes: number[] = [];
  for (let word = 0; word < hex.length; word += 8) {
    const b = Buffer.from(hex.slice(word, word + 8), 'hex');
    bytes.push(...b.reverse());
  }
  if (bytes.length === 4) return bytes.join('.');
  const mapped = bytes.slice(0, 10).every((b) => b === 0) && bytes[10] === 0xff && bytes[11] === 0xff;
  if (mapped) return bytes.slice(12).join('.');
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((bytes[i]! << 8) | bytes[i + 1]!).toString(16));
  return groups.join(':');
}
