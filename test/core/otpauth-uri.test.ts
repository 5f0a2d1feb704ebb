import { describe, expect, it } from 'vitest';
import { buildOtpauthUri, groupSecret, isBase32Secret } from '../../src/core/otpauth-uri.js';

const secretCode = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

function parse(uri: string) {
  const url = new URL(uri);
  return {
    protocol: url.protocol,
    host: url.host,
    label: decodeURIComponent(url.pathname.slice(1)),
    rawLabel: url.pathname.slice(1),
    secret: url.searchParams.get('secret'),
    issuer: url.searchParams.get('issuer'),
    keys: [...url.searchParams.keys()],
  };
}

describe('buildOtpauthUri', () => {
  it('puts the issuer in the label and in the issuer parameter', () => {
    const uri = buildOtpauthUri({ issuer: 'Acme', accountName: 'ana@example.com', secretCode });
    expect(uri).toBe(`otpauth://totp/Acme:ana%40example.com?secret=${secretCode}&issuer=Acme`);
  });

  it.each([
    ['spaces', 'My App', 'ana maria', 'My%20App', 'ana%20maria'],
    ['ampersand', 'My App & Co', 'a&b', 'My%20App%20%26%20Co', 'a%26b'],
    ['hash', 'Team #1', '#x', 'Team%20%231', '%23x'],
    ['plus', 'C++ Club', 'ana+mfa@example.com', 'C%2B%2B%20Club', 'ana%2Bmfa%40example.com'],
    ['percent', '100% Secure', '50%', '100%25%20Secure', '50%25'],
    ['unicode', 'Café Zürich', 'José 🙂', 'Caf%C3%A9%20Z%C3%BCrich', 'Jos%C3%A9%20%F0%9F%99%82'],
    ['question mark and slash', 'A/B?', 'x=y', 'A%2FB%3F', 'x%3Dy'],
  ])('encodes %s in issuer and account on their own', (_case, issuer, accountName, encIssuer, encAccount) => {
    const uri = buildOtpauthUri({ issuer, accountName, secretCode });
    expect(uri).toBe(`otpauth://totp/${encIssuer}:${encAccount}?secret=${secretCode}&issuer=${encIssuer}`);
    const parsed = parse(uri);
    expect(parsed.label).toBe(`${issuer}:${accountName}`);
    expect(parsed.issuer).toBe(issuer);
    expect(parsed.secret).toBe(secretCode);
    expect(parsed.keys).toEqual(['secret', 'issuer']);
  });

  it('never form-encodes a space as "+"', () => {
    expect(buildOtpauthUri({ issuer: 'a b', accountName: 'c d', secretCode })).not.toContain('+');
  });

  it('removes colons, which authenticator apps read as the issuer separator', () => {
    const parsed = parse(buildOtpauthUri({ issuer: 'Acme: Prod', accountName: 'user:1', secretCode }));
    expect(parsed.label).toBe('Acme Prod:user1');
    expect(parsed.issuer).toBe('Acme Prod');
  });

  it('labels an empty account with the issuer alone', () => {
    expect(buildOtpauthUri({ issuer: 'Acme', accountName: '', secretCode })).toBe(
      `otpauth://totp/Acme?secret=${secretCode}&issuer=Acme`,
    );
  });

  it('leaves the issuer parameter out when there is no issuer', () => {
    expect(buildOtpauthUri({ issuer: ' ', accountName: 'ana', secretCode })).toBe(`otpauth://totp/ana?secret=${secretCode}`);
  });

  it('upper-cases the secret and drops padding and spaces', () => {
    const uri = buildOtpauthUri({ issuer: 'A', accountName: 'b', secretCode: 'jbsw y3dp ehpk 3pxp====' });
    expect(parse(uri).secret).toBe('JBSWY3DPEHPK3PXP');
  });

  it('refuses a secret that is not Base32, without echoing it', () => {
    expect(() => buildOtpauthUri({ issuer: 'A', accountName: 'b', secretCode: 'not-base32-secret!!' })).toThrow(
      /Base32/,
    );
    try {
      buildOtpauthUri({ issuer: 'A', accountName: 'b', secretCode: 'SECRET1SECRET1SECRET1' });
    } catch (error) {
      expect(String(error)).not.toContain('SECRET1');
    }
  });

  it('survives a lone surrogate instead of throwing URIError', () => {
    expect(() => buildOtpauthUri({ issuer: 'A\uD800', accountName: 'b', secretCode })).not.toThrow();
  });
});

describe('isBase32Secret and groupSecret', () => {
  it('accepts Cognito-style secrets and rejects short or foreign ones', () => {
    expect(isBase32Secret(secretCode)).toBe(true);
    expect(isBase32Secret('ABCDEFGH')).toBe(false);
    expect(isBase32Secret('ABCDEFGHIJKLMNO1')).toBe(false);
  });

  it('groups the key in fours', () => {
    expect(groupSecret('JBSWY3DPEHPK3PXPAB')).toEqual(['JBSW', 'Y3DP', 'EHPK', '3PXP', 'AB']);
  });
});
