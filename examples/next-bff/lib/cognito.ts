// The app's own password step: its server calls InitiateAuth (the kit only takes over from there).
// USER_PASSWORD_AUTH keeps the example short; the password never leaves the server.

export interface CognitoConfig {
  endpoint?: string;
  region?: string;
  clientId: string;
}

export function cognitoConfig(): CognitoConfig {
  const clientId = process.env.COGNITO_CLIENT_ID;
  if (!clientId) throw new Error('Set COGNITO_CLIENT_ID (and COGNITO_REGION or COGNITO_ENDPOINT)');
  return { clientId, endpoint: process.env.COGNITO_ENDPOINT, region: process.env.COGNITO_REGION };
}

export type PasswordSignIn = { response: Record<string, unknown> } | { error: string };

export async function initiatePasswordAuth(username: string, password: string): Promise<PasswordSignIn> {
  const { clientId, endpoint, region } = cognitoConfig();
  const response = await fetch(endpoint ?? `https://cognito-idp.${region}.amazonaws.com/`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'AWSCognitoIdentityProviderService.InitiateAuth' },
    body: JSON.stringify({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: clientId, AuthParameters: { USERNAME: username, PASSWORD: password } }),
    cache: 'no-store',
  });
  const body = (await response.json()) as Record<string, unknown>;
  if (!response.ok) return { error: String(body.__type ?? 'UnknownError').split('#').pop()! };
  return { response: body };
}
