// The kit's handlers, all under /api/mfa: plain Request → Response, cookies read and set by the kit.
import { mfaServer } from '@/lib/mfa';

export const dynamic = 'force-dynamic';

export const GET = (request: Request) => mfaServer().handle(request);
export const POST = GET;
