/**
 * The browser's device id for the backend's fraud rules (`x-device-id`): random, first-party,
 * kept in an httpOnly cookie, never derived from anything about the browser. Pure module (used by
 * the proxy and the data layer).
 */
export const DEVICE_COOKIE = "_vitrina_device"
/** Two years: a device id is worth something only if it outlives a session. */
export const DEVICE_MAX_AGE = 60 * 60 * 24 * 365 * 2

/** What the backend accepts (`/^[A-Za-z0-9_-]{8,100}$/`). */
export const validDeviceId = (value: string | null | undefined): value is string => typeof value === "string" && /^[A-Za-z0-9_-]{8,100}$/.test(value)

/** 128 random bits (Web Crypto: works in the proxy's edge runtime and in Node). */
export const newDeviceId = () => `dev_${crypto.randomUUID().replace(/-/g, "")}`
