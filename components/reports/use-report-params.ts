"use client";

import { useQueryStates } from "nuqs";
import { reportParams } from "@/lib/reports/report-params";

/** The filters every conversation report shares, in the URL so a link shows the same view. */
export function useReportParams() {
  return useQueryStates(reportParams, { history: "replace" });
}
