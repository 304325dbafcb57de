/** Why the camera could not start, for the screen to explain. */
export type CameraFailure = 'refused' | 'unavailable';

/** The back camera of a phone, else any camera (Media Capture and Streams §10: facingMode is a preference). */
export async function openCamera(): Promise<MediaStream> {
  if (!navigator.mediaDevices?.getUserMedia) throw new CameraError('unavailable');
  try {
    return await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
  } catch (error) {
    const name = (error as { name?: string }).name;
    throw new CameraError(name === 'NotAllowedError' || name === 'SecurityError' ? 'refused' : 'unavailable', error);
  }
}

export function closeCamera(stream: MediaStream | undefined): void {
  stream?.getTracks().forEach((track) => track.stop());
}

export class CameraError extends Error {
  override readonly name = 'CameraError';
  constructor(
    readonly failure: CameraFailure,
    cause?: unknown,
  ) {
    super(`camera ${failure}`, { cause });
  }
}
