/**
 * Teardown steps, run last-in first-out. A benchmark starts a server and creates a database on a
 * shared PostgreSQL; both must go away whether the run succeeds, throws or is interrupted, or the
 * next run (and the other engineers' tests) pay for the leftovers.
 */
export class Cleanup {
  private readonly steps: { label: string; run: () => unknown }[] = [];
  private running: Promise<void> | undefined;

  add(label: string, run: () => unknown): void {
    this.steps.push({ label, run });
  }

  /** Runs every step once, even when one fails; a second call (Ctrl-C during cleanup) waits for the first. */
  runAll(): Promise<void> {
    this.running ??= (async () => {
      for (let step = this.steps.pop(); step; step = this.steps.pop()) {
        try {
          await step.run();
        } catch (error) {
          console.error(`bench: cleanup step "${step.label}" failed:`, error);
        }
      }
    })();
    return this.running;
  }
}
