// httpApi's live connection check: the shared client check in src/checks/.
export { httpApiCheck as check } from '../../checks/http-api.check.js';
