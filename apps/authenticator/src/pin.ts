/** Design §5 and the annex: a 4-digit PIN. */
export const PIN_LENGTH = 4;
