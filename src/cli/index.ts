import { runCli } from './main';

// --docx returns a promise (writing a .docx is asynchronous).
void Promise.resolve(
  runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
  }),
).then((code) => {
  process.exitCode = code;
});
