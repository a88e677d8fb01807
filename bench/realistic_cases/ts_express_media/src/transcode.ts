import { exec, spawn } from 'child_process';

export function probe(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    exec('ffprobe -v quiet -print_format json -show_format "' + file + '"', (err, stdout) => {
      if (err) reject(err);
      else resolve(stdout);
    });
  });
}

export function transcode(input: string, output: string, bitrate: number): Promise<number> {
  return new Promise((resolve) => {
    const proc = spawn('ffmpeg', ['-i', input, '-b:a', `${Math.trunc(bitrate)}k`, output]);
    proc.on('close', resolve);
  });
}
