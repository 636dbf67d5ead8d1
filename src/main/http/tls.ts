import 'reflect-metadata'; // @peculiar/x509 resolves its ASN.1 parts through tsyringe, which needs it
import { chmodSync, closeSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { webcrypto, X509Certificate } from 'node:crypto';
import { join } from 'node:path';
import * as x509 from '@peculiar/x509';

export interface LanCertificate {
  key: string;
  cert: string;
  /** SHA-256 of the certificate, `AB:CD:…`, as browsers show it: staff compare it on both PCs. */
  fingerprint: string;
}

const KEY_FILE = 'lan-tls-key.pem';
const CERT_FILE = 'lan-tls-cert.pem';
const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;

const pem = (label: string, der: ArrayBuffer) =>
  `-----BEGIN ${label}-----\n${Buffer.from(der)
    .toString('base64')
    .replace(/(.{64})/g, '$1\n')
    .trim()}\n-----END ${label}-----\n`;

/** Written once, owner-only: 'wx' never replaces a file another process just wrote. */
function writePrivate(path: string, text: string): void {
  const fd = openSync(path, 'wx', 0o600);
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
}

function read(keysDir: string): LanCertificate | null {
  try {
    const key = readFileSync(join(keysDir, KEY_FILE), 'utf8');
    const cert = readFileSync(join(keysDir, CERT_FILE), 'utf8');
    return { key, cert, fingerprint: new X509Certificate(cert).fingerprint256 };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * The register's own certificate for LAN mode, made on first use and kept with the other keys (folder 0700, files
 * 0600): a self-signed ECDSA P-256 certificate valid for 10 years, naming this PC's addresses. Nobody vouches for
 * it, so the browser warns once; staff compare its fingerprint with the one on the reception PC instead.
 */
export async function lanCertificate(keysDir: string, addresses: string[]): Promise<LanCertificate> {
  const existing = read(keysDir);
  if (existing) return existing;
  mkdirSync(keysDir, { recursive: true, mode: 0o700 });
  if (process.platform !== 'win32') chmodSync(keysDir, 0o700);
  const keys = (await webcrypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
  const now = Date.now();
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: Buffer.from(webcrypto.getRandomValues(new Uint8Array(16)))
      .toString('hex')
      .replace(/^[89a-f]/, '1'),
    name: 'CN=Prasav register',
    notBefore: new Date(now - 24 * 3_600_000),
    notAfter: new Date(now + 10 * 365 * 24 * 3_600_000),
    signingAlgorithm: ALGORITHM,
    keys: keys as Parameters<typeof x509.X509CertificateGenerator.createSelfSigned>[0]['keys'],
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      new x509.SubjectAlternativeNameExtension([
        { type: 'dns', value: 'localhost' },
        ...addresses.map((value) => ({ type: 'ip' as const, value })),
      ]),
    ],
  });
  const keyPem = pem('PRIVATE KEY', await webcrypto.subtle.exportKey('pkcs8', keys.privateKey));
  try {
    writePrivate(join(keysDir, KEY_FILE), keyPem);
    writePrivate(join(keysDir, CERT_FILE), cert.toString('pem'));
  } catch (error) {
    // Another process made one at the same moment: use that one (a half-written pair fails to load and is reported).
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const stored = read(keysDir);
  if (!stored) throw new Error('LAN certificate missing after writing it');
  return stored;
}
