/** The page's monotonic clock in milliseconds: the default time source of the frame-loop timings. */
export const pageClock = (): number => performance.now();
