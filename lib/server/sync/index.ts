export { onSyncComplete, type SyncCompletion } from "./hooks";
export { verifyArchive, type ArchiveVerification } from "./archive";
export { runStreams, type StreamOutcome } from "./runner";
export { requestSync, startSyncScheduler, stopSyncScheduler, syncPending } from "./scheduler";
export { readAllStates, readState, STREAMS, type SyncStateRow } from "./state";
export { syncSettings } from "./settings";
export { syncStatus } from "./status";
