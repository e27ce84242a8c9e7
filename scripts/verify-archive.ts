/**
 * `npm run verify-archive`: walks the activity-log archive's hash chain and reports the first
 * broken link, if any. Exit code 0 when the chain holds, 1 when it is broken or cannot be read.
 */
import { closeStore, getStore } from "@/lib/server/store";
import { verifyArchive } from "@/lib/server/sync";

async function main(): Promise<number> {
  const store = await getStore();
  const started = Date.now();
  const v = await verifyArchive(store.db);
  const took = `${((Date.now() - started) / 1000).toFixed(1)} s`;
  if (v.ok) {
    console.log(v.checked === 0 ? `The archive is empty (${store.name}).` : `The archive's chain holds: ${v.checked} entries from #${v.anchorSeq} checked in ${took} (${store.name}).`);
    return 0;
  }
  const b = v.firstBroken!;
  console.error(`The archive's chain is broken at entry #${b.seq} (id ${b.id}): ${b.reason}. ${v.checked} entries before it hold.`);
  return 1;
}

main()
  .then(async (code) => {
    await closeStore();
    process.exit(code);
  })
  .catch((e: unknown) => {
    console.error((e as Error)?.message ?? String(e));
    process.exit(1);
  });
