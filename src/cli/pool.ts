import * as fs from 'node:fs';
import * as os from 'node:os';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { loadLanguageDataSync } from '../node/languageData';
import { processFile, type Emit, type FileJob, type FileOutcome, type RunSettings } from './checkFile';

/**
 * Large batches are spread over threads, one per core: the main thread checks files too, beside
 * one worker thread per other core, each reading and checking whole files. Jobs are taken in
 * order and each file's output is written in the files' order, so the output is the same as a
 * single-threaded run's, whatever finishes first. With `auto`, workers start only for cores that
 * other processes leave idle: on a busy machine they only compete for the same cores and cost
 * their start-up (200 reports of 40 KB on 2 cores, one of them busy elsewhere: 7.8 s on one
 * thread, 10.9 s on two).
 */

/** Below this, starting a thread (~40 ms: every worker loads the bundle and the typo data) costs more than it saves. */
const MIN_FILES = 16;
const MIN_BYTES = 2 * 1024 * 1024;

export type Concurrency = 'auto' | 'off' | number;

/** Threads that check files, the main thread included (1: everything on the main thread). */
export function threadCount(concurrency: Concurrency, cores?: number): number {
  if (concurrency === 'off') return 1;
  if (typeof concurrency === 'number') return concurrency;
  return cores ?? (typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

export function shouldUseWorkers(jobs: FileJob[], concurrency: Concurrency, cores?: number): boolean {
  if (threadCount(concurrency, cores) < 2 || jobs.length < 2) return false;
  if (concurrency !== 'auto') return true;
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

type Chunk = [kind: 'text' | 'json', text: string];

type FromWorker =
  | { type: 'ready' }
  | { type: 'chunk'; index: number; chunks: Chunk[] }
  | { type: 'done'; index: number; chunks: Chunk[]; outcome: FileOutcome };

/** Whether this thread is a report-check worker (then `runWorker` serves it). */
export function isReportCheckWorker(): boolean {
  return parentPort !== null && (workerData as WorkerData | undefined)?.reportCheckWorker === true;
}

/** processFile, with an unexpected failure said as the file's own notice rather than ending the batch. */
function checkJob(job: FileJob, run: RunSettings, emit: Emit): FileOutcome {
  try {
    return processFile(job, run, emit);
  } catch (e) {
    return {
      index: job.index, status: 'unreadable', errors: 0, warnings: 0, infos: 0, fixable: 0, allWarnings: 0, byRule: {}, fixed: 0, changed: false,
      notices: [`${job.shown}: ${(e as Error).message}`],
    };
  }
}

/** A worker's loop: check each job posted, post back its output (in pieces when large) and outcome. */
export function runWorker(): void {
  const port = parentPort!;
  const { run } = workerData as WorkerData;
  // Jobs come once the thread can start on them (bundle and typo data loaded): until then the
  // main thread checks them itself, which is what keeps a small batch as fast as one thread.
  loadLanguageDataSync();
  port.postMessage({ type: 'ready' } satisfies FromWorker);
  port.on('message', (job: FileJob | null) => {
    if (job === null) {
      port.close();
      return;
    }
    let chunks: Chunk[] = [];
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
    const outcome = checkJob(job, run, emit);
    port.postMessage({ type: 'done', index: job.index, chunks, outcome } satisfies FromWorker);
  });
}

interface Slot {
  chunks: Chunk[];
  outcome?: FileOutcome;
}

/**
 * Jobs queued at each worker: it starts the next while its last result travels back and the main
 * thread is busy with a file of its own (a worker's queue cannot be taken back: kept short).
 */
const QUEUED_PER_WORKER = 2;

/** How long the main thread checks files alone before `auto` looks at how busy the other cores are. */
const PROBE_MS = 150;

/** What idleCores compares with: every core's times, and this process's own CPU time. */
interface Probe {
  cpus: os.CpuInfo[];
  own: NodeJS.CpuUsage;
  at: number;
}

function startProbe(): Probe {
  return { cpus: os.cpus(), own: process.cpuUsage(), at: performance.now() };
}

/**
 * Cores that other processes left idle since the probe began, beside the one the main thread
 * takes: all cores, less the time the others kept them busy. This process's own CPU time (the
 * compiler and garbage-collector threads V8 runs beside the main thread, busy while the first
 * files are checked) does not count as the others'.
 */
function idleCores(probe: Probe): number {
  const after = os.cpus();
  const elapsed = performance.now() - probe.at;
  if (elapsed <= 0 || after.length !== probe.cpus.length) return 0;
  let busy = 0;
  for (let i = 0; i < after.length; i++) {
    const [a, b] = [after[i].times, probe.cpus[i].times];
    busy += a.user + a.nice + a.sys + a.irq - (b.user + b.nice + b.sys + b.irq);
  }
  const own = process.cpuUsage(probe.own);
  const others = Math.max(0, busy - (own.user + own.system) / 1000);
  return Math.max(0, after.length - 1 - others / elapsed);
}

export function runInWorkers(
  jobs: FileJob[],
  run: RunSettings,
  pool: { script: string; concurrency: Concurrency; cores?: number },
  emit: Emit,
  done: (o: FileOutcome) => void,
): Promise<void> {
  const threads = Math.max(2, Math.min(threadCount(pool.concurrency, pool.cores), jobs.length));
  // `auto` starts workers only for the cores other processes leave idle, measured while the main
  // thread checks the first files (a load average would lag a minute behind, and count a run that
  // just ended); a number starts them at once.
  const probe = pool.concurrency === 'auto' && pool.cores === undefined ? startProbe() : null;
  // Jobs are handed out at most this far ahead of the file being written, so that the output
  // held for files finished early stays bounded whatever the batch's size.
  const window = Math.max(32, 8 * threads);
  return new Promise<void>((resolve, reject) => {
    const slots = new Map<number, Slot>();
    let nextToWrite = 0;
    let nextToSend = 0;
    let finished = false;
    let mainWaiting = false;
    const workers: Worker[] = [];
    const inFlight = new Map<Worker, number>();

    const finish = (error?: Error) => {
      if (finished) return;
      finished = true;
      for (const w of workers) void w.terminate();
      if (error) reject(error);
      else resolve();
    };
    const canSend = () => nextToSend < jobs.length && nextToSend < nextToWrite + window;
    const ready = new Set<Worker>();
    const feed = (w: Worker) => {
      if (!ready.has(w)) return;
      while ((inFlight.get(w) ?? 0) < QUEUED_PER_WORKER && canSend()) {
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
      if (nextToWrite === jobs.length) return finish();
      for (const w of workers) feed(w);
      if (mainWaiting && canSend()) {
        mainWaiting = false;
        setImmediate(mainStep);
      }
    };
    // The main thread checks the next job itself, one at a time, and lets the workers' messages
    // in between (setImmediate), so that they are fed while it works.
    const mainStep = () => {
      if (finished) return;
      if (!canSend()) {
        mainWaiting = true;
        return;
      }
      const job = jobs[nextToSend++];
      const slot: Slot = { chunks: [] };
      slots.set(job.index, slot);
      // The workers get the jobs after this one before it starts (at the start: while they boot).
      for (const w of workers) feed(w);
      // The file being written streams straight out; a later one waits in its slot.
      const direct = job.index === nextToWrite;
      slot.outcome = checkJob(job, run, direct ? emit : (kind, text) => slot.chunks.push([kind, text]));
      if (probe && workers.length === 0 && !probed && performance.now() - probe.at >= PROBE_MS) {
        probed = true;
        startWorkers(Math.min(threads - 1, Math.round(idleCores(probe))));
      }
      drain();
      setImmediate(mainStep);
    };
    let probed = false;

    const startWorkers = (count: number) => {
      for (let i = 0; i < count; i++) startWorker();
    };
    const startWorker = () => {
      // A young generation as large as the main thread's: with the smaller default, a worker spent
      // about twice as long per file (minor GCs), measured on 100 reports of 40 KB.
      const w = new Worker(pool.script, { workerData: { reportCheckWorker: true, run } satisfies WorkerData, resourceLimits: { maxYoungGenerationSizeMb: 64 } });
      workers.push(w);
      w.on('message', (m: FromWorker) => {
        if (m.type === 'ready') {
          ready.add(w);
          feed(w);
          return;
        }
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
    };
    if (!probe) startWorkers(threads - 1);
    mainStep();
  });
}
