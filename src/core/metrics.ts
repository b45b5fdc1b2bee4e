/**
 * A small metrics registry (counters, gauges, histograms) the bot and the adapters bump,
 * rendered as Prometheus text by the http adapter. Plain code: no prom-client needed.
 */

export type Labels = Record<string, string>;

interface Series { labels: Labels; value: number }
interface HistogramSeries { labels: Labels; buckets: number[]; sum: number; count: number }

/** Counts things that only go up (answers, abstentions, deliveries by status). */
export interface Counter { inc(labels?: Labels, by?: number): void }
/** Observes durations; `value` in the unit the metric's name says (seconds). */
export interface Histogram { observe(value: number, labels?: Labels): void }

export interface MetricsRegistry {
  counter(name: string, help: string): Counter;
  histogram(name: string, help: string, buckets?: number[]): Histogram;
  /** A gauge read at scrape time (queue depth); the callback may be async. */
  gauge(name: string, help: string, read: () => number | Promise<number> | Promise<Array<{ labels: Labels; value: number }>>): void;
  /** Prometheus text exposition format 0.0.4. */
  render(): Promise<string>;
}

/** Default latency buckets, in seconds. */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

const key = (labels: Labels): string => JSON.stringify(Object.entries(labels).sort(([a], [b]) => a.localeCompare(b)));
const escape = (value: string): string => value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
const labelText = (labels: Labels): string => {
  const entries = Object.entries(labels);
  return entries.length === 0 ? '' : `{${entries.map(([k, v]) => `${k}="${escape(v)}"`).join(',')}}`;
};

/** Creates an empty registry; metric names should carry the unit (`_seconds`, `_total`). */
export function createMetrics(prefix = 'newsbot_'): MetricsRegistry {
  const renderers: Array<() => Promise<string>> = [];

  return {
    counter(name, help) {
      const series = new Map<string, Series>();
      renderers.push(async () => [
        `# HELP ${prefix}${name} ${help}`, `# TYPE ${prefix}${name} counter`,
        ...[...series.values()].map((s) => `${prefix}${name}${labelText(s.labels)} ${s.value}`),
      ].join('\n'));
      return {
        inc(labels = {}, by = 1) {
          const k = key(labels);
          const entry = series.get(k) ?? { labels, value: 0 };
          entry.value += by;
          series.set(k, entry);
        },
      };
    },
    histogram(name, help, buckets = LATENCY_BUCKETS) {
      const series = new Map<string, HistogramSeries>();
      renderers.push(async () => {
        const lines = [`# HELP ${prefix}${name} ${help}`, `# TYPE ${prefix}${name} histogram`];
        for (const s of series.values()) {
          buckets.forEach((le, index) => lines.push(`${prefix}${name}_bucket${labelText({ ...s.labels, le: String(le) })} ${s.buckets[index]}`));
          lines.push(`${prefix}${name}_bucket${labelText({ ...s.labels, le: '+Inf' })} ${s.count}`);
          lines.push(`${prefix}${name}_sum${labelText(s.labels)} ${s.sum}`, `${prefix}${name}_count${labelText(s.labels)} ${s.count}`);
        }
        return lines.join('\n');
      });
      return {
        observe(value, labels = {}) {
          const k = key(labels);
          const entry = series.get(k) ?? { labels, buckets: buckets.map(() => 0), sum: 0, count: 0 };
          buckets.forEach((le, index) => { if (value <= le) entry.buckets[index] = (entry.buckets[index] ?? 0) + 1; });
          entry.sum += value;
          entry.count += 1;
          series.set(k, entry);
        },
      };
    },
    gauge(name, help, read) {
      renderers.push(async () => {
        const value = await read();
        const rows = typeof value === 'number' ? [{ labels: {}, value }] : value;
        return [`# HELP ${prefix}${name} ${help}`, `# TYPE ${prefix}${name} gauge`,
          ...rows.map((row) => `${prefix}${name}${labelText(row.labels)} ${row.value}`)].join('\n');
      });
    },
    async render() {
      const parts = await Promise.all(renderers.map((render) => render()));
      return `${parts.join('\n')}\n`;
    },
  };
}
