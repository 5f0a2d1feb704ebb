/**
 * SECRET_HASH for app clients that have a client secret: Base64(HMAC-SHA256(clientSecret,
 * username + clientId)), with Web Crypto so the adapter stays dependency-free.
 */
export async function computeSecretHash(username: string, clientId: string, clientSecret: string): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey('raw', encoder.encode(clientSecret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  const signature = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(username + clientId)));
  let binary = '';
  for (const byte of signature) binary += String.fromCharCode(byte);
  return btoa(binary);
}
