import type { PushChallenge, PushNotice } from '@sesame/protocol';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { type PollProblem, pollProblem } from './answer-errors';

/** Polling while the app is visible: the last-resort channel (design §5), after the event stream and Web Push. */
export const POLL_INTERVAL_MS = 5_000;

export interface PendingRequests {
  readonly challenges: readonly PushChallenge[];
  readonly problem: PollProblem | undefined;
  /** Fetches now; resolves with the number of waiting requests. */
  refresh(): Promise<number>;
}

/**
 * The waiting sign-in requests, fetched when the app opens, when the servers' event streams
 * announce one (held open while the app is visible), when the app comes back to the front
 * (focus, visibilitychange), every POLL_INTERVAL_MS while visible, and when the service worker
 * relays a push notice. `enabled` is false until an account is enrolled.
 */
export function usePendingRequests(
  enabled: boolean,
  fetchPending: () => Promise<PushChallenge[]>,
  listen: (onNotice: (notice: PushNotice) => void, signal: AbortSignal) => Promise<void>,
): PendingRequests {
  const [challenges, setChallenges] = useState<readonly PushChallenge[]>([]);
  const [problem, setProblem] = useState<PollProblem | undefined>();
  const inFlight = useRef<Promise<number> | null>(null);
  const fetchRef = useRef(fetchPending);
  fetchRef.current = fetchPending;
  const listenRef = useRef(listen);
  listenRef.current = listen;

  const refresh = useCallback((): Promise<number> => {
    // One request at a time: a tick during a slow answer joins it.
    inFlight.current ??= (async () => {
      try {
        const list = await fetchRef.current();
        setChallenges(list);
        setProblem(undefined);
        return list.length;
      } catch (error) {
        setProblem(pollProblem(error) ?? 'offline');
        return 0;
      } finally {
        inFlight.current = null;
      }
    })();
    return inFlight.current;
  }, []);

  useEffect(() => {
    if (!enabled) return;
    const visible = () => document.visibilityState === 'visible';
    const onFront = () => {
      if (visible()) void refresh();
    };
    void refresh();
    const timer = setInterval(onFront, POLL_INTERVAL_MS);
    addEventListener('focus', onFront);
    document.addEventListener('visibilitychange', onFront);
    const onWorkerMessage = (event: MessageEvent) => {
      if ((event.data as { type?: unknown } | null)?.type === 'push-notice') void refresh();
    };
    navigator.serviceWorker?.addEventListener('message', onWorkerMessage);
    // The event stream while visible; a hidden app is woken by Web Push instead.
    let streams: AbortController | null = null;
    const followStreams = () => {
      if (visible() && streams === null) {
        const controller = new AbortController();
        streams = controller;
        void listenRef.current(() => void refresh(), controller.signal);
      } else if (!visible() && streams !== null) {
        streams.abort();
        streams = null;
      }
    };
    followStreams();
    document.addEventListener('visibilitychange', followStreams);
    return () => {
      streams?.abort();
      document.removeEventListener('visibilitychange', followStreams);
      clearInterval(timer);
      removeEventListener('focus', onFront);
      document.removeEventListener('visibilitychange', onFront);
      navigator.serviceWorker?.removeEventListener('message', onWorkerMessage);
    };
  }, [enabled, refresh]);

  return { challenges, problem, refresh };
}
