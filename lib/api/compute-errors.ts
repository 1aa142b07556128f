import "server-only";
import { BusyError, ComputeRefusedError, ComputeStoppedError } from "@/lib/compute";
import { busy, jsonError } from "./responses";

/**
 * A compute job's refusal as the route's answer: 429 while the queue is full, 413 for what is too large
 * (refused up front or over the memory ceiling), 422 for what ran out of time. Null for anything else.
 */
export function computeErrorResponse(error: unknown): Response | null {
  if (error instanceof BusyError) return busy(error);
  if (error instanceof ComputeRefusedError || error instanceof ComputeStoppedError)
    return jsonError(error.status, error.message);
  return null;
}
