import { runCli } from './main';
import { isReportCheckWorker, runWorker } from './pool';

// The same bundle (dist/cli.cjs) is the command and, loaded in a worker thread, a checker of
// the files a large batch is spread over (./pool.ts).
if (isReportCheckWorker()) runWorker();
else main();

function main(): void {
  // `report-check … | head`: the reader went away, which is not an error of ours. Stop quietly,
  // with the exit status the check has set (pipe writes fail after runCli has returned).
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    });
  }

  // --docx, and batches checked by worker threads, return a promise.
  void Promise.resolve(
    runCli(process.argv.slice(2), {
      cwd: process.cwd(),
      env: process.env,
      stdout: (s) => process.stdout.write(s),
      stderr: (s) => process.stderr.write(s),
      isTTY: process.stdout.isTTY === true,
      columns: process.stdout.columns || 80,
      workerScript: __filename,
    }),
  ).then((code) => {
    process.exitCode = code;
  });
}
