import type { APIRequestContext } from "@playwright/test";
import type { Fault } from "@/lib/fake/faults";
import { FAKE_URL } from "./env";

/** Drives the fake Intercom's control endpoints from a test. */
export async function fakeStats(request: APIRequestContext): Promise<{ calls: number; byEndpoint: Record<string, number> }> {
  return (await request.get(`${FAKE_URL}/__fake/stats`)).json();
}

export async function resetFake(request: APIRequestContext): Promise<void> {
  await request.post(`${FAKE_URL}/__fake/reset`);
}

export async function setFault(request: APIRequestContext, fault: Fault | null): Promise<void> {
  await request.post(`${FAKE_URL}/__fake/fault`, { data: fault ?? {} });
}
