/**
 * Permission request handler that refuses everything (camera, geolocation, notifications, …):
 * a notebook has no use for them and each one is attack surface.
 */
export function denyPermissionRequest(
  _webContents: unknown,
  _permission: string,
  callback: (granted: boolean) => void,
): void {
  callback(false);
}

/** Permission check handler that reports every permission as not granted. */
export function denyPermissionCheck(): boolean {
  return false;
}
