/**
 * Runs the lines of a file through `makeWorker`, in this thread or spread over worker threads, and hands
 * the outcomes back in input order. Lines travel in chunks (fewer messages); at most a few chunks per
 * thread are in flight, so that memory stays bounded by the chunks, not by the file, whatever its size.
 */
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { describeThrown, InternalError } from '../errors.js';
import type { Engine } from '../engine.js';
import { makeWorker, type Job, type Outcome } from './job.js';
import type { Line } from './lines.js';

const CHUNK = 200;
const IN_FLIGHT_PER_THREAD = 3;

interface Request {
  readonly seq: number;
  readonly lines: Line[];
}
interface Reply {
  readonly seq: number;
  readonly result?: ChunkResult;
  readonly failure?: string;
}

/**
 * What a chunk of lines gives: for a batch the lines to write, already joined (from a worker as bytes,
 * moved rather than copied: the main thread only writes them), for an agenda the outcomes to collect.
 */
export type ChunkResult = { readonly kind: 'text'; readonly text: string | Uint8Array; readonly cases: number; readonly invalid: number } | { readonly kind: 'outcomes'; readonly outcomes: Outcome[] };

function runChunk(work: (line: Line) => Outcome, job: Job, lines: readonly Line[]): ChunkResult {
  const outcomes = lines.map(work);
  if (job.mode !== 'batch') return { kind: 'outcomes', outcomes };
  let text = '';
  let invalid = 0;
  for (const o of outcomes) {
    text += `${o.text!}\n`;
    if (o.invalid) invalid++;
  }
  return { kind: 'text', text, cases: outcomes.length, invalid };
}

/** In a worker thread started by `runPool`: compute every chunk sent, reply with its outcomes. */
export function serveWorker(): void {
  const { job } = workerData as { job: Job };
  let work: ((line: Line) => Outcome) | undefined;
  let failure: string | undefined;
  try {
    work = makeWorker(job);
  } catch (e) {
    failure = String((e as Error)?.message ?? e);
  }
  parentPort!.on('message', (req: Request) => {
    if (work === undefined) {
      parentPort!.postMessage({ seq: req.seq, failure } satisfies Reply);
      return;
    }
    const result = runChunk(work, job, req.lines);
    if (result.kind === 'text') {
      const bytes = new TextEncoder().encode(result.text as string);
      parentPort!.postMessage({ seq: req.seq, result: { ...result, text: bytes } } satisfies Reply, [bytes.buffer]);
    } else {
      parentPort!.postMessage({ seq: req.seq, result } satisfies Reply);
    }
  });
}

/** Whether this thread is a batch worker (the CLI's entry serves instead of parsing arguments). */
export function isBatchWorker(): boolean {
  return parentPort !== null && typeof workerData === 'object' && workerData !== null && 'job' in workerData;
}

/** The lines in chunks of CHUNK (the last one shorter). */
async function* chunksOf(lines: AsyncIterable<Line>): AsyncGenerator<Line[]> {
  let chunk: Line[] = [];
  for await (const line of lines) {
    chunk.push(line);
    if (chunk.length === CHUNK) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

/**
 * Feeds `lines` to `threads` workers (the module at `script`, which must call `serveWorker`), or computes
 * them here when `threads` is 1; `emit` gets every chunk's result in input order (and may wait, e.g. for
 * stdout).
 */
export async function runPool(lines: AsyncIterable<Line>, job: Job, threads: number, script: URL, emit: (r: ChunkResult) => void | Promise<void>, engine?: Engine): Promise<void> {
  if (threads <= 1) {
    // In this thread, an engine the caller already made for the job (its rule pack checked) is used as it is.
    const work = makeWorker(job, engine);
    for await (const chunk of chunksOf(lines)) await emit(runChunk(work, job, chunk));
    return;
  }
  const workers = Array.from({ length: threads }, () => new Worker(script, { workerData: { job } }));
  const done = new Map<number, ChunkResult>();
  const busy = new Map<Worker, number>(workers.map((w) => [w, 0]));
  let next = 0;
  let sent = 0;
  let wake: (() => void) | undefined;
  let broken: InternalError | undefined;
  const wakeUp = (): void => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  for (const w of workers) {
    w.on('message', (reply: Reply) => {
      busy.set(w, busy.get(w)! - 1);
      if (reply.failure !== undefined) broken ??= new InternalError(reply.failure, `a worker thread could not start: ${reply.failure}`);
      else done.set(reply.seq, reply.result!);
      wakeUp();
    });
    w.on('error', (e) => {
      // A worker that died (out of memory, a bug of ours) ends the run as an error value, not a stack trace.
      broken ??= new InternalError(e, `a worker thread failed: ${describeThrown(e)}`);
      wakeUp();
    });
  }
  // Writes what is ready in order; resolves when nothing more can be written yet.
  const flush = async (): Promise<void> => {
    for (let ready = done.get(next); ready !== undefined; ready = done.get(next)) {
      done.delete(next++);
      await emit(ready);
    }
  };
  const waitForReply = (): Promise<void> => new Promise((resolve) => (wake = resolve));
  const send = async (chunk: Line[]): Promise<void> => {
    // Replies may have come in while the file was read (no one was waiting then): write those first,
    // and wait only for a reply still to come. Between flush's last look and the wait there are only
    // microtasks, so no reply can slip in unseen.
    for (;;) {
      await flush();
      if (broken !== undefined) throw broken;
      if (sent - next < threads * IN_FLIGHT_PER_THREAD) break;
      await waitForReply();
    }
    // The least busy thread gets the chunk.
    let target = workers[0]!;
    for (const w of workers) if (busy.get(w)! < busy.get(target)!) target = w;
    busy.set(target, busy.get(target)! + 1);
    target.postMessage({ seq: sent++, lines: chunk } satisfies Request);
  };
  try {
    for await (const chunk of chunksOf(lines)) await send(chunk);
    for (;;) {
      await flush();
      if (broken !== undefined) throw broken;
      if (next === sent) break;
      await waitForReply();
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
