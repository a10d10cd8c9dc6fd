import type { DatabaseHandle } from '../../db/client.js';
import { CHANGES_CHANNEL } from '../audit/repository.js';

/**
 * The governor's office polls the summary all day, so each instance keeps the rendered summary
 * of each agreement until something changes. Every write NOTIFYs on commit (see recordAudit),
 * and today's WIB date is part of the key; while the notification connection is down nothing is
 * cached, so an instance never serves figures older than the database's.
 *
 * The race that matters: a read takes its snapshot, a write commits and its NOTIFY arrives, the
 * read finishes — its body predates the write and must not be kept (nothing would ever evict
 * it). So a computation is started with `begin()` *before* its snapshot is taken, and its result
 * is kept only if no invalidation arrived since. A NOTIFY is delivered only once its transaction
 * is visible to new snapshots, so a write the snapshot missed either notifies before the result
 * is offered (it is dropped) or after (the NOTIFY evicts it).
 */
export class SummaryCache<T> {
  private readonly entries = new Map<string, { value: T; today: string }>();
  private following = false;
  /** Bumped on every change, so a value computed across a change is not kept. */
  private generation = 0;

  async follow(database: DatabaseHandle, channel = CHANGES_CHANNEL): Promise<void> {
    const reset = () => this.invalidate();
    await database.listen(channel, {
      onNotify: reset,
      onReady: () => {
        reset();
        this.following = true;
      },
      onLost: () => {
        this.following = false;
        reset();
      },
    });
  }

  /** Forgets everything, and every computation under way. */
  invalidate(): void {
    this.generation++;
    this.entries.clear();
  }

  get(agreementId: string, today: string): T | undefined {
    const entry = this.entries.get(agreementId);
    return entry && entry.today === today ? entry.value : undefined;
  }

  /**
   * Starts a computation: call it before the computation's snapshot is taken. The returned
   * function keeps the result only if nothing changed meanwhile (and changes are being followed).
   */
  begin(): (agreementId: string, today: string, value: T) => void {
    const generation = this.generation;
    return (agreementId, today, value) => {
      if (this.following && generation === this.generation) this.entries.set(agreementId, { value, today });
    };
  }
}
