import { runCli } from './main';

// `report-check … | head`: the reader went away, which is not an error of ours. Stop quietly,
// with the exit status the check has set (pipe writes fail after runCli has returned).
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

// --docx returns a promise (writing a .docx is asynchronous).
void Promise.resolve(
  runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTTY: process.stdout.isTTY === true,
    columns: process.stdout.columns || 80,
  }),
).then((code) => {
  process.exitCode = code;
});
