import Database from 'better-sqlite3';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';

/** What the worker is started with. */
export interface CheckpointWorkerData {
  file: string;
  everyMs: number;
  /** Frames (pages) in the log above which the writer is asked to start the log over. */
  restartFrames: number;
}

/** What the worker tells the writer: start the log over, or what went wrong. */
export type CheckpointWorkerMessage = { restart: true } | { error: string };

/** How long after asking the writer to start the log over the worker may ask again. */
const ASK_AGAIN_MS = 2000;

/**
 * The worker thread of `WalCheckpoints`: its own connection to the file, copying the write-ahead
 * log back on a timer while the writer goes on; any message from the writer stops it.
 */
function run(data: CheckpointWorkerData, port: NonNullable<typeof parentPort>): void {
  const db = new Database(data.file, { fileMustExist: true, timeout: 1000 });
  const tell = (m: CheckpointWorkerMessage) => port.postMessage(m);
  let asked = 0;
  const timer = setInterval(() => {
    try {
      const [result] = db.pragma('wal_checkpoint(PASSIVE)') as Array<{ busy: number; log: number; checkpointed: number }>;
      if (result && result.log > data.restartFrames && Date.now() - asked > ASK_AGAIN_MS) {
        asked = Date.now();
        tell({ restart: true });
      }
    } catch (err) {
      // The writer holding its lock for a moment is no error: the next turn copies.
      if ((err as { code?: string }).code !== 'SQLITE_BUSY') tell({ error: String((err as Error).message) });
    }
  }, data.everyMs);
  port.on('message', () => {
    clearInterval(timer);
    db.close();
    port.close();
  });
}

if (!isMainThread && parentPort) run(workerData as CheckpointWorkerData, parentPort);
