// auroraMysql's live connection check: the shared client check in src/checks/.
export { mysqlCheck as check } from '../../checks/mysql.check.js';
