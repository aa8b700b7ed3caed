// Watches this thread's event loop while something else (a worker) reads a
// hostile file. `lagMs` is the longest a 10 ms tick came late, for any reason;
// `blockedMs` is the most CPU time this thread spent between two ticks, which
// is what a clerk feels as a frozen window when the machine is not busy. On a
// loaded machine the OS pauses threads at will: that raises lagMs but not
// blockedMs, so tests assert on blockedMs.
import { performance } from 'node:perf_hooks';

export interface LoopWatch {
  stop(): { blockedMs: number; lagMs: number };
}

const threadCpuMs = (): number => {
  const usage = process.threadCpuUsage();
  return (usage.user + usage.system) / 1000;
};

export function watchLoop(tickMs = 10): LoopWatch {
  let last = performance.now();
  let lastCpu = threadCpuMs();
  let blockedMs = 0;
  let lagMs = 0;
  const sample = () => {
    const now = performance.now();
    const cpu = threadCpuMs();
    lagMs = Math.max(lagMs, now - last - tickMs);
    blockedMs = Math.max(blockedMs, cpu - lastCpu);
    last = now;
    lastCpu = cpu;
  };
  const timer = setInterval(sample, tickMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { blockedMs, lagMs: Math.max(0, lagMs) };
    },
  };
}
