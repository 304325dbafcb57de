import { useEffect, useRef, useState } from 'preact/hooks';
import { CameraError, closeCamera, openCamera } from './camera';
import { createQrDecoder, scanFrames } from './qr-decoder';

export type CameraState = 'starting' | 'scanning' | 'refused' | 'unavailable';

/**
 * The camera preview and its scanning loop. `onText` gets each decoded QR text and returns
 * true to stop (a code it accepts). The stream is closed when the component goes away.
 * `attempt` restarts the camera when it changes (a "Try again" after a refusal).
 */
export function QrCamera(props: {
  attempt: number;
  onState: (state: CameraState) => void;
  onText: (text: string) => boolean;
}) {
  const video = useRef<HTMLVideoElement>(null);
  const onText = useRef(props.onText);
  onText.current = props.onText;
  const onState = useRef(props.onState);
  onState.current = props.onState;
  const [live, setLive] = useState(false);

  useEffect(() => {
    let stream: MediaStream | undefined;
    let stop: (() => void) | undefined;
    let cancelled = false;
    onState.current('starting');
    void (async () => {
      try {
        stream = await openCamera();
        const decode = await createQrDecoder();
        if (cancelled || !video.current) return closeCamera(stream);
        video.current.srcObject = stream;
        await video.current.play().catch(() => undefined);
        setLive(true);
        onState.current('scanning');
        stop = scanFrames(video.current, decode, (text) => onText.current(text));
      } catch (error) {
        closeCamera(stream);
        if (!cancelled) onState.current(error instanceof CameraError ? error.failure : 'unavailable');
      }
    })();
    return () => {
      cancelled = true;
      stop?.();
      closeCamera(stream);
      setLive(false);
    };
  }, [props.attempt]);

  // A preview only: what the camera sees is described by the text around it.
  return <video ref={video} class={live ? 'preview' : 'preview preview--off'} muted playsInline aria-hidden="true" />;
}
