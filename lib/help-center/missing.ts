import { ApiError } from "@/lib/api/api-error";

/** A malformed id (Lens answers 400 before asking Intercom) and an unknown one (404) both mean "not found" to a reader. */
export function isMissing(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 404 || (error.status === 400 && error.code === "parameter_invalid"));
}
