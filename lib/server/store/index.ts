export { closeStore, getStore, openStore, storeHealth, StoreUnavailable, type Store, type StoreHealth } from "./store";
export { describeStore, storeSettings, StoreConfigError, type StoreSettings } from "./settings";
export type * from "./schema";
