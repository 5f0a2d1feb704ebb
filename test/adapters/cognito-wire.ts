import { http, HttpResponse, type JsonBodyType } from 'msw';
import { setupServer } from 'msw/node';

export interface RecordedRequest {
  url: string;
  method: string;
  contentType: string | null;
  target: string | null;
  body: Record<string, unknown>;
}

export type Reply = () => Response | Promise<Response>;

export const json = (body: JsonBodyType, status = 200) => () =>
  HttpResponse.json(body, { status, headers: { 'Content-Type': 'application/x-amz-json-1.1' } });

export const cognitoError = (name: string, message: string, status = 400) => json({ __type: name, message }, status);

/**
 * A Cognito endpoint at the network boundary: every request is recorded as sent, and answered by
 * the next scripted reply for its operation (X-Amz-Target).
 */
export function createCognitoWire(endpoint: string) {
  const requests: RecordedRequest[] = [];
  const replies = new Map<string, Reply[]>();
  const server = setupServer(
    http.post(endpoint, async ({ request }) => {
      const target = request.headers.get('X-Amz-Target');
      requests.push({
        url: request.url,
        method: request.method,
        contentType: request.headers.get('Content-Type'),
        target,
        body: JSON.parse(await request.text()) as Record<string, unknown>,
      });
      const operation = target?.replace('AWSCognitoIdentityProviderService.', '') ?? '';
      const next = replies.get(operation)?.shift();
      if (!next) return HttpResponse.json({ __type: 'UnscriptedCall', message: operation }, { status: 500 });
      return next();
    }),
  );
  return {
    server,
    requests,
    reply(operation: string, ...answers: Reply[]) {
      replies.set(operation, [...(replies.get(operation) ?? []), ...answers]);
    },
    reset() {
      requests.length = 0;
      replies.clear();
    },
    operations: () => requests.map((request) => request.target?.replace('AWSCognitoIdentityProviderService.', '')),
  };
}
