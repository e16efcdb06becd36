// postgres's live connection check: the shared client check in src/checks/.
export { postgresCheck as check } from '../../checks/postgres.check.js';
