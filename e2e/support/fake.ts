import type { APIRequestContext } from "@playwright/test";
import type { Fault } from "@/lib/fake/faults";
import { FAKE_URL } from "./env";

export interface FakeStats {
  calls: number;
  byEndpoint: Record<string, number>;
  /** The headers of the last request the fake received, lower-cased. */
  lastHeaders: Record<string, string> | null;
  /** Path and query of the last request it received. */
  lastPath: string | null;
}

/** Drives the fake Intercom's control endpoints from a test. */
export async function fakeStats(request: APIRequestContext): Promise<FakeStats> {
  return (await request.get(`${FAKE_URL}/__fake/stats`)).json();
}

export async function resetFake(request: APIRequestContext): Promise<void> {
  await request.post(`${FAKE_URL}/__fake/reset`);
}

export async function setFault(request: APIRequestContext, fault: Fault | null): Promise<void> {
  await request.post(`${FAKE_URL}/__fake/fault`, { data: fault ?? {} });
}
