export { onSyncComplete, type SyncCompletion } from "./hooks";
export { verifyArchive, type ArchiveVerification } from "./archive";
export { runStreams, type StreamOutcome } from "./runner";
export { requestSync, startSyncScheduler, stopSyncScheduler } from "./scheduler";
export { readAllStates, STREAMS, type SyncStateRow } from "./state";
export { syncSettings } from "./settings";
