import type { Emit, FileJob, FileOutcome, RunSettings } from './checkFile';

export function shouldUseWorkers(_jobs: FileJob[], _concurrency: 'auto' | 'off' | number, _cores?: number): boolean {
  return false;
}

export function runInWorkers(
  _jobs: FileJob[],
  _run: RunSettings,
  _pool: { script: string; concurrency: 'auto' | 'off' | number; cores?: number },
  _emit: Emit,
  _done: (o: FileOutcome) => void,
): Promise<void> {
  return Promise.resolve();
}
