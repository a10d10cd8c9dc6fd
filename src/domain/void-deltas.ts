/**
 * What a batch's void changes in the coverage rollups (pure: no I/O). The credits the batch held
 * are lost by its agency and each one that falls back is gained by the agency of the next report
 * (docs/domain.md §6.4); the voided batch's own counts leave its agency's totals. The service
 * applies the result in the void's transaction.
 */

/** A credit that moved: which report holds it (gained) or held it (lost), and its record's facts. */
export interface MovedCredit {
  batchId: string;
  agencyCode: string;
  segment: string;
  programs: number;
  enrolledOn: string;
  regency: string;
}

/** The counts of the batch being voided, as its row stores them. */
export interface VoidedBatchCounts {
  agencyCode: string;
  received: number;
  rejected: number;
  outOfRegion: number;
  outOfScope: number;
  duplicatesInBatch: number;
  duplicatesSameAgency: number;
  duplicatesOtherAgency: number;
}

/** One credit lost (−1) or gained (+1) by an agency, with the crediting record's facts. */
export interface VoidCreditChange {
  agencyCode: string;
  enrolledOn: string;
  segment: string;
  programs: number;
  regency: string;
  delta: number;
}

/** An agency's totals as they move. */
export interface VoidAgencyDelta {
  agencyCode: string;
  credited: number;
  duplicatesReported: number;
  batches: number;
  received: number;
  rejected: number;
  outOfRegion: number;
  outOfScope: number;
}

export interface VoidDeltas {
  /** Per credit: the daily and breakdown rollups. */
  credits: VoidCreditChange[];
  /** Per agency: the voiding agency's totals, and the credits each agency gained. */
  agencies: VoidAgencyDelta[];
  /** Credits gained per batch (the batches the credits fell back to). */
  batchCredits: Map<string, number>;
}

export function voidDeltas(batch: VoidedBatchCounts, released: readonly MovedCredit[], gained: readonly MovedCredit[]): VoidDeltas {
  const change = ({ agencyCode, enrolledOn, segment, programs, regency }: MovedCredit, delta: number): VoidCreditChange => ({
    agencyCode,
    enrolledOn,
    segment,
    programs,
    regency,
    delta,
  });
  const byAgency = new Map<string, VoidAgencyDelta>();
  const statsOf = (agencyCode: string) => {
    let stats = byAgency.get(agencyCode);
    if (!stats) {
      stats = { agencyCode, credited: 0, duplicatesReported: 0, batches: 0, received: 0, rejected: 0, outOfRegion: 0, outOfScope: 0 };
      byAgency.set(agencyCode, stats);
    }
    return stats;
  };
  // The voided batch leaves its agency's totals: its credits, its duplicates, its records.
  const own = statsOf(batch.agencyCode);
  own.credited -= released.length;
  own.duplicatesReported -= batch.duplicatesInBatch + batch.duplicatesSameAgency + batch.duplicatesOtherAgency;
  own.batches -= 1;
  own.received -= batch.received;
  own.rejected -= batch.rejected;
  own.outOfRegion -= batch.outOfRegion;
  own.outOfScope -= batch.outOfScope;
  const batchCredits = new Map<string, number>();
  for (const move of gained) {
    statsOf(move.agencyCode).credited += 1;
    batchCredits.set(move.batchId, (batchCredits.get(move.batchId) ?? 0) + 1);
  }
  return {
    credits: [...released.map((move) => change(move, -1)), ...gained.map((move) => change(move, 1))],
    agencies: [...byAgency.values()],
    batchCredits,
  };
}
