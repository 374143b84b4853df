// Memory of another process over time: its resident set read from /proc/<pid>/status (Linux), sampled on a timer,
// and the least-squares slope of a series in MB per minute.
import fs from 'node:fs';

export interface MemorySample {
  /** Milliseconds since the sampler started. */
  readonly ms: number;
  readonly bytes: number;
}

/** The process's resident set size in bytes (VmRSS), or null when it is gone or /proc is not there. */
export function residentBytes(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

export interface RssSampler {
  samples(): readonly MemorySample[];
  stop(): readonly MemorySample[];
}

/** Reads the RSS of `pid` now and every `everyMs` until stopped. */
export function sampleRss(pid: number, everyMs: number): RssSampler {
  const started = Date.now();
  const samples: MemorySample[] = [];
  const take = () => {
    const bytes = residentBytes(pid);
    if (bytes !== null) samples.push({ ms: Date.now() - started, bytes });
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    samples: () => samples,
    stop() {
      clearInterval(timer);
      return samples;
    },
  };
}

/** The least-squares slope of bytes over time in MB (10^6 bytes) per minute; NaN with fewer than two samples. */
export function slopeMbPerMinute(samples: readonly MemorySample[]): number {
  const n = samples.length;
  if (n < 2) return Number.NaN;
  const meanX = samples.reduce((s, p) => s + p.ms, 0) / n;
  const meanY = samples.reduce((s, p) => s + p.bytes, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const p of samples) {
    sxy += (p.ms - meanX) * (p.bytes - meanY);
    sxx += (p.ms - meanX) ** 2;
  }
  if (sxx === 0) return Number.NaN;
  return ((sxy / sxx) * 60_000) / 1e6;
}

/** Samples taken at or after `fromMs`. */
export function after(samples: readonly MemorySample[], fromMs: number): MemorySample[] {
  return samples.filter((s) => s.ms >= fromMs);
}

export const mb = (bytes: number): string => (bytes / 1e6).toFixed(1);
