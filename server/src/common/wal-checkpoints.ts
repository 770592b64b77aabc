import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CheckpointWorkerData, CheckpointWorkerMessage } from './wal-checkpoint-worker';

/**
 * The worker's compiled file. From the build it lies beside this one; when this runs from source
 * (the tests), the build made by `npm run build:server` holds it.
 */
function workerFile(): string {
  const built = join(__dirname, 'wal-checkpoint-worker.js');
  if (existsSync(built)) return built;
  const fromBuild = join(__dirname.replace(/([\\/])server\1src\1common$/, '$1build$1server$1src$1common'), 'wal-checkpoint-worker.js');
  if (existsSync(fromBuild)) return fromBuild;
  throw new Error(`The checkpoint worker is not built (${fromBuild}): run npm run build:server`);
}

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
    const workerData: CheckpointWorkerData = { file, everyMs: opts.everyMs ?? 200, restartFrames: opts.restartFrames ?? 10_000 };
    const worker = new Worker(workerFile(), { workerData });
    worker.on('message', (m: CheckpointWorkerMessage) => {
      if ('restart' in m) opts.restart().catch((err: Error) => opts.onError(err.message));
      else opts.onError(m.error);
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
