// Starting and stopping the packaged application for a benchmark: started with `java -jar` and the
// environment given, it is ready once it logs "Listening on"; stopped with SIGTERM, as an operator would.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export function startApp(app, env, javaOptions = []) {
  const process_ = spawn('java', [...javaOptions, '-jar', join(app, 'quarkus-run.jar')], {
    env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit']
  });
  return new Promise((ok, fail) => {
    let log = '';
    process_.stdout.on('data', d => {
      log += d;
      if (/Listening on/.test(log)) ok(process_);
    });
    process_.on('exit', code => fail(new Error('The application stopped (' + code + '):\n' + log)));
  });
}

export async function stopApp(running) {
  running.removeAllListeners('exit');
  const gone = new Promise(ok => running.on('exit', ok));
  running.kill('SIGTERM');
  await gone;
}
