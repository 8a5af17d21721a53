// Stand-in for `node:zlib` in the browser build of just-bash (only its gzip commands use it).
const unavailable = (): never => {
  throw new Error('gzip : non disponible dans ce terminal');
};
export const gunzipSync = unavailable;
export const gzipSync = unavailable;
export const constants = {};
export default { gunzipSync, gzipSync, constants };
