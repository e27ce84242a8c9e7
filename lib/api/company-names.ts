import DataLoader from "dataloader";
import { lensGet } from "./intercom";

/**
 * Company names for ids requested in the same tick are read in one call to Lens, which reads them
 * from Intercom in parallel: a page of contacts costs one browser round trip, not one per row.
 * React Query caches each name; the loader only batches.
 */
const loader = new DataLoader<string, string | null>(
  async (ids) => {
    const { names } = await lensGet<{ names: Record<string, string | null> }>("/api/lookup/company-names", { ids: ids.join(",") });
    return ids.map((id) => names[id] ?? null);
  },
  { cache: false, maxBatchSize: 50 },
);

export function loadCompanyName(id: string): Promise<string | null> {
  return loader.load(id);
}
