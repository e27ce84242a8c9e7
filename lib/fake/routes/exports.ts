import { notFound, ok, type AreaRoutes } from "../respond";
import { exportGzip, exportJob, isExpired } from "../workspace/exports";

/** Content data exports: a job's status, and its gzip once completed and until it expires. */
export const exportRoutes = {
  "exports.get": ({ ws, params }) => {
    const job = exportJob(ws, params.job_identifier!);
    return job ? ok(job) : notFound("not_found", `Export job not found for identifier: ${params.job_identifier}`);
  },
  "exports.download": ({ ws, params }) => {
    const id = params.job_identifier!;
    const job = exportJob(ws, id);
    if (!job) return notFound("not_found", `Export job not found for identifier: ${id}`);
    if (job.status !== "completed") return notFound("not_found", `Export job ${id} has not completed yet; its status is ${job.status}.`);
    if (isExpired(ws, job)) return notFound("not_found", `The download for export job ${id} has expired. Exports are available for two days after they complete.`);
    return { status: 200, bytes: exportGzip(ws, id), contentType: "application/octet-stream" };
  },
} satisfies AreaRoutes;
