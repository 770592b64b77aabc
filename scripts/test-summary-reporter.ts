interface TaskLike {
  type: string;
  mode: string;
  result?: { state?: string };
  tasks?: TaskLike[];
}

/** After Vitest's own summary, one plain line that any CI can read: "Tests: N passed, N failed". */
export default class SummaryReporter {
  onFinished(files: TaskLike[] = [], errors: unknown[] = []) {
    const count = { passed: 0, failed: 0, skipped: 0 };
    const walk = (t: TaskLike) => {
      if (t.type === 'test') {
        const state = t.result?.state;
        if (state === 'pass') count.passed++;
        else if (state === 'fail') count.failed++;
        else count.skipped++;
      }
      t.tasks?.forEach(walk);
    };
    for (const f of files) {
      // A file that failed to load has no tests but must still count as a failure.
      if (f.result?.state === 'fail' && !(f.tasks ?? []).length) count.failed++;
      walk(f);
    }
    count.failed += errors.length;
    process.stdout.write(`\nTests: ${count.passed} passed, ${count.failed} failed${count.skipped ? `, ${count.skipped} skipped` : ''}\n`);
  }
}
