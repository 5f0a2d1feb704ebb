/** An Error whose `name` is a Cognito exception name, the shape adapters reject with. */
export function createNamedError(name: string, message: string, cause?: unknown): Error {
  const error = new Error(message, cause === undefined ? undefined : { cause });
  error.name = name;
  return error;
}
