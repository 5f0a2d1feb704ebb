import { Amplify } from 'aws-amplify';
import { ConsoleLogger } from 'aws-amplify/utils';

// Amplify warns on every configure that the endpoint is a custom one, which here it always is.
ConsoleLogger.LOG_LEVEL = 'ERROR';

export interface SentRequest {
  operation: string;
  body: Record<string, unknown>;
}

/** Points Amplify JS v6, the real package, at a Cognito endpoint (cognito-local or a wire fake). */
export function configureAmplify(pool: { userPoolId: string; clientId: string; endpoint: string }): void {
  Amplify.configure({ Auth: { Cognito: { userPoolId: pool.userPoolId, userPoolClientId: pool.clientId, userPoolEndpoint: pool.endpoint } } });
}

/**
 * Records what Amplify sends to `endpoint`, as sent, by wrapping the global fetch it calls; the
 * requests still go out. Returns the record and a function that puts fetch back.
 */
export function recordCognitoCalls(endpoint: string): { sent: SentRequest[]; operations: () => string[]; restore: () => void } {
  const original = globalThis.fetch;
  const sent: SentRequest[] = [];
  globalThis.fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url.startsWith(endpoint)) {
      const headers = new Headers(init?.headers);
      sent.push({
        operation: (headers.get('x-amz-target') ?? '').replace('AWSCognitoIdentityProviderService.', ''),
        body: JSON.parse(String(init?.body ?? '{}')) as Record<string, unknown>,
      });
    }
    return original(input, init);
  };
  return { sent, operations: () => sent.map((request) => request.operation), restore: () => void (globalThis.fetch = original) };
}
