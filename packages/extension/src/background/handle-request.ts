/**
 * The background's single entrance for runtime messages: parse, check the sender, dispatch,
 * and turn anything unexpected into a Failure value, so a bad message cannot break the worker.
 */
import { z } from 'zod';
import type { OverlayRequest } from '../messaging/overlay-protocol';
import {
  type AnyResponse,
  BackgroundRequest,
  OVERLAY_REQUEST_TYPES,
  type PageRequest,
} from '../messaging/protocol';
import { failure } from '../messaging/result';
import { dispatchOverlayRequest } from './dispatch-overlay';
import { dispatchPageRequest } from './dispatch-page';
import type { BackgroundEnv } from './env';
import { classifySender, type SenderLike } from './sender';

function isOverlayRequest(request: BackgroundRequest): request is OverlayRequest {
  return OVERLAY_REQUEST_TYPES.has(request.type);
}

export async function handleRequest(
  message: unknown,
  sender: SenderLike,
  env: BackgroundEnv,
): Promise<AnyResponse> {
  const parsed = BackgroundRequest.safeParse(message);
  if (!parsed.success) {
    return failure('bad-request', `Invalid OnPace message: ${z.prettifyError(parsed.error)}`);
  }
  const request = parsed.data;
  const from = classifySender(sender, { id: env.extensionId, origin: env.extensionOrigin });
  if (from.kind === 'unknown') return failure('forbidden', `Refused ${request.type}: ${from.reason}.`);
  try {
    if (isOverlayRequest(request)) {
      return await dispatchOverlayRequest(
        env,
        request,
        from.kind === 'content-script' ? from.tabId : undefined,
      );
    }
    if (from.kind === 'content-script' && request.type !== 'ping') {
      return failure('forbidden', `Refused ${request.type}: a CRM page may only send overlay requests.`);
    }
    return await dispatchPageRequest(env, request satisfies PageRequest);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return failure('internal', `OnPace could not handle ${request.type}: ${reason}`);
  }
}
