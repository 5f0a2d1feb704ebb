const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * Cognito-shaped tokens for a wire fake: unsigned JWTs with the claims client libraries read
 * (Amplify decodes them and reads `cognito:username`, `sub` and `exp`).
 */
export function fakeCognitoTokens(username: string, clientId: string) {
  const iat = Math.floor(Date.now() / 1000);
  const common = { sub: `sub-${username}`, iat, exp: iat + 3600, iss: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_WIRE' };
  const jwt = (claims: object) => `${encode({ alg: 'RS256', kid: 'wire' })}.${encode({ ...common, ...claims })}.c2lnbmF0dXJl`;
  return {
    AccessToken: jwt({ token_use: 'access', client_id: clientId, username }),
    IdToken: jwt({ token_use: 'id', aud: clientId, 'cognito:username': username }),
    RefreshToken: 'wire-refresh-token',
    ExpiresIn: 3600,
    TokenType: 'Bearer',
  };
}
