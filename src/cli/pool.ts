import * as fs from 'node:fs';
import * as os from 'node:os';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { processFile, type Emit, type FileJob, type FileOutcome, type RunSettings } from './checkFile';

/**
 * Large batches are spread over worker threads, one per core, each reading and checking whole
 * files; the main thread hands out jobs in order and writes each file's output in the files'
 * order, so the output is the same as a single-threaded run's, whatever finishes first.
 */

/** Below this, starting threads (~40 ms each: every worker loads the bundle) costs more than it saves. */
const MIN_FILES = 16;
const MIN_BYTES = 2 * 1024 * 1024;

export type Concurrency = 'auto' | 'off' | number;

export function workerCount(concurrency: Concurrency, cores?: number): number {
  if (concurrency === 'off') return 0;
  if (typeof concurrency === 'number') return concurrency;
  if (cores !== undefined) return cores;
  const all = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  // Only the cores other processes leave idle (as `make -l` does): on a busy machine threads
  // only compete for the same cores, and cost their start-up (measured: 2 threads on 2 cores with
  // a load of 7 took twice as long as one thread).
  return Math.max(1, Math.min(all, Math.round(all - os.loadavg()[0])));
}

export function shouldUseWorkers(jobs: FileJob[], concurrency: Concurrency, cores?: number): boolean {
  const n = workerCount(concurrency, cores);
  if (n < 1 || jobs.length < 2) return false;
  if (concurrency !== 'auto') return true;
  if (n < 2) return false;
  if (jobs.length >= MIN_FILES) return true;
  let bytes = 0;
  for (const job of jobs) {
    try {
      bytes += job.file ? fs.statSync(job.file).size : (job.bytes?.length ?? 0);
    } catch {
      // Unreadable: said when the file's turn comes.
    }
    if (bytes >= MIN_BYTES) return true;
  }
  return false;
}

interface WorkerData {
  reportCheckWorker: true;
  run: RunSettings;
}

type FromWorker =
  | { type: 'chunk'; index: number; chunks: [kind: 'text' | 'json', text: string][] }
  | { type: 'done'; index: number; chunks: [kind: 'text' | 'json', text: string][]; outcome: FileOutcome };

/** Whether this thread is a report-check worker (then `runWorker` serves it). */
export function isReportCheckWorker(): boolean {
  return parentPort !== null && (workerData as WorkerData | undefined)?.reportCheckWorker === true;
}

/** A worker's loop: check each job posted, post back its output (in pieces when large) and outcome. */
export function runWorker(): void {
  const port = parentPort!;
  const { run } = workerData as WorkerData;
  port.on('message', (job: FileJob | null) => {
    if (job === null) {
      port.close();
      return;
    }
    let chunks: [kind: 'text' | 'json', text: string][] = [];
    let size = 0;
    const emit: Emit = (kind, text) => {
      chunks.push([kind, text]);
      size += text.length;
      if (size >= 256 * 1024) {
        port.postMessage({ type: 'chunk', index: job.index, chunks } satisfies FromWorker);
        chunks = [];
        size = 0;
      }
    };
    let outcome: FileOutcome;
    try {
      outcome = processFile(job, run, emit);
    } catch (e) {
      outcome = {
        index: job.index, status: 'unreadable', errors: 0, warnings: 0, infos: 0, fixable: 0, allWarnings: 0, byRule: {}, fixed: 0, changed: false,
        notices: [`${job.shown}: ${(e as Error).message}`],
      };
    }
    port.postMessage({ type: 'done', index: job.index, chunks, outcome } satisfies FromWorker);
  });
}

interface Slot {
  chunks: [kind: 'text' | 'json', text: string][];
  outcome?: FileOutcome;
}

export function runInWorkers(
  jobs: FileJob[],
  run: RunSettings,
  pool: { script: string; concurrency: Concurrency; cores?: number },
  emit: Emit,
  done: (o: FileOutcome) => void,
): Promise<void> {
  const n = Math.max(1, Math.min(workerCount(pool.concurrency, pool.cores), jobs.length));
  // Jobs are handed out at most this far ahead of the file being written, so that the output
  // held for files finished early stays bounded whatever the batch's size.
  const window = Math.max(32, 8 * n);
  return new Promise<void>((resolve, reject) => {
    const slots = new Map<number, Slot>();
    let nextToWrite = 0;
    let nextToSend = 0;
    let failed = false;
    const workers: Worker[] = [];
    const inFlight = new Map<Worker, number>();

    const finish = (error?: Error) => {
      if (failed) return;
      if (error) failed = true;
      for (const w of workers) void w.terminate();
      if (error) reject(error);
      else resolve();
    };
    const feed = (w: Worker) => {
      // Two jobs a worker: it starts the next while its last result travels back.
      while ((inFlight.get(w) ?? 0) < 2 && nextToSend < jobs.length && nextToSend < nextToWrite + window) {
        const job = jobs[nextToSend++];
        slots.set(job.index, { chunks: [] });
        inFlight.set(w, (inFlight.get(w) ?? 0) + 1);
        w.postMessage(job);
      }
    };
    const drain = () => {
      // Write what is ready, in order: the file being written streams; later ones wait.
      for (;;) {
        const slot = slots.get(nextToWrite);
        if (!slot) break;
        for (const [kind, text] of slot.chunks) emit(kind, text);
        slot.chunks = [];
        if (!slot.outcome) break;
        done(slot.outcome);
        slots.delete(nextToWrite);
        nextToWrite++;
      }
      if (nextToWrite === jobs.length) finish();
      else for (const w of workers) feed(w);
    };

    for (let i = 0; i < n; i++) {
      // A young generation as large as the main thread's: with the smaller default, a worker spent
      // about twice as long per file (minor GCs), measured on 100 reports of 40 KB.
      const w = new Worker(pool.script, { workerData: { reportCheckWorker: true, run } satisfies WorkerData, resourceLimits: { maxYoungGenerationSizeMb: 64 } });
      workers.push(w);
      w.on('message', (m: FromWorker) => {
        const slot = slots.get(m.index)!;
        slot.chunks.push(...m.chunks);
        if (m.type === 'done') {
          slot.outcome = m.outcome;
          inFlight.set(w, inFlight.get(w)! - 1);
        }
        if (m.index === nextToWrite || m.type === 'done') drain();
      });
      w.on('error', (e) => finish(e));
      w.on('exit', (code) => {
        if (code !== 0 && nextToWrite < jobs.length) finish(new Error(`worker thread exited with code ${code}`));
      });
    }
    for (const w of workers) feed(w);
  });
}
