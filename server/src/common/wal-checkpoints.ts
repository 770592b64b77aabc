import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** Runs in the worker: its own connection to the file, copying the log back on a timer. */
const WORKER = `
const { workerData, parentPort } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true, timeout: 1000 });
let asked = 0;
const timer = setInterval(() => {
  try {
    const [result] = db.pragma('wal_checkpoint(PASSIVE)');
    if (result && result.log > workerData.restartFrames && Date.now() - asked > 2000) {
      asked = Date.now();
      parentPort.postMessage({ restart: true });
    }
  } catch (err) {
    if (!err || err.code !== 'SQLITE_BUSY') parentPort.postMessage({ error: String(err && err.message) });
  }
}, workerData.everyMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export interface WalCheckpointsOptions {
  everyMs?: number;
  /** Frames (pages) in the log above which the writer is asked to start the log over. */
  restartFrames?: number;
  /** Starts the log over on the writer's own connection, between its transactions. */
  restart(): Promise<unknown>;
  onError(message: string): void;
}

/**
 * SQLite's write-ahead log is copied back into the database file by a checkpoint. By default the
 * writer does it inside a commit every 1,000 pages, and with better-sqlite3 the whole process waits
 * for the copy and two disk syncs (about 10 ms here, one commit in seven under the service centre's
 * load). A worker thread with its own connection copies instead, every `everyMs`, while the writer
 * goes on (the API's connection turns its own checkpoints off). A copy beside a busy writer may
 * never catch the log's end, so the log would only grow: past `restartFrames` the writer starts it
 * over itself, between two transactions, with little left to copy.
 */
export class WalCheckpoints {
  private constructor(private readonly worker: Worker) {}

  static start(file: string, opts: WalCheckpointsOptions): WalCheckpoints {
    const worker = new Worker(WORKER, {
      eval: true,
      workerData: {
        file,
        driver: createRequire(__filename).resolve('better-sqlite3'),
        everyMs: opts.everyMs ?? 200,
        restartFrames: opts.restartFrames ?? 10_000,
      },
    });
    worker.on('message', (m: { restart?: boolean; error?: string }) => {
      if (m.restart) opts.restart().catch((err: Error) => opts.onError(err.message));
      if (m.error) opts.onError(m.error);
    });
    worker.on('error', (err) => opts.onError(err.message));
    // It never keeps the process alive by itself.
    worker.unref();
    return new WalCheckpoints(worker);
  }

  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()));
    this.worker.postMessage('stop');
    const force = setTimeout(() => void this.worker.terminate(), 2_000);
    await exited;
    clearTimeout(force);
  }
}
