// Loopback servers that record the credentials a client sends them: HTTP (the Authorization
// header), PostgreSQL (asks for a cleartext password) and MySQL (records the mysql_native_password
// scramble, matched against candidate passwords). Each refuses the login afterwards, as a real
// server with another password would, quoting the user name the way real servers do.
import { createHash } from 'node:crypto';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createTcpServer, type Socket } from 'node:net';
import { onTestFinished } from 'vitest';

export interface CaptureServer {
  port: number;
  /** Connections accepted so far. */
  connections: number;
  /** What each connection sent as its credential: a header, a password, or a scramble. */
  received: string[];
}

async function listen(server: ReturnType<typeof createTcpServer> | ReturnType<typeof createHttpServer>, sockets: Set<Socket>) {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(
    () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  );
  return (server.address() as { port: number }).port;
}

/** Answers 401 to every request and records its Authorization header. */
export async function httpCaptureServer(): Promise<CaptureServer> {
  const sockets = new Set<Socket>();
  const capture: CaptureServer = { port: 0, connections: 0, received: [] };
  const server = createHttpServer((req, res) => {
    capture.received.push(req.headers.authorization ?? '');
    res.writeHead(401, 'Unauthorized').end();
  });
  server.on('connection', (socket) => {
    capture.connections += 1;
    sockets.add(socket);
  });
  capture.port = await listen(server, sockets);
  return capture;
}

/** A TCP server whose connections `start` takes over, counting them. */
async function tcpCaptureServer(start: (socket: Socket, capture: CaptureServer) => void): Promise<CaptureServer> {
  const sockets = new Set<Socket>();
  const capture: CaptureServer = { port: 0, connections: 0, received: [] };
  const server = createTcpServer((socket) => {
    capture.connections += 1;
    sockets.add(socket);
    socket.on('error', () => {});
    start(socket, capture);
  });
  capture.port = await listen(server, sockets);
  return capture;
}

/** Reads whole frames off a socket: `size` says how long the frame at the buffer's start is, or null. */
function frames(socket: Socket, size: (buffer: Buffer) => number | null, onFrame: (frame: Buffer) => void) {
  let buffered = Buffer.alloc(0);
  socket.on('data', (chunk: Buffer) => {
    buffered = Buffer.concat([buffered, chunk]);
    for (let length = size(buffered); length !== null && buffered.length >= length; length = size(buffered)) {
      const frame = buffered.subarray(0, length);
      buffered = buffered.subarray(length);
      onFrame(frame);
    }
  });
}

const cstrings = (buffer: Buffer) => buffer.toString('utf8').split('\0');

/**
 * PostgreSQL (without TLS: integrations set disableSsl): takes the StartupMessage, asks for a
 * cleartext password (AuthenticationCleartextPassword), records the PasswordMessage and refuses it
 * with SQLSTATE 28P01 and the server's usual text, which quotes the user.
 */
export function postgresCaptureServer(): Promise<CaptureServer> {
  return tcpCaptureServer((socket, capture) => {
    let user = '';
    let started = false;
    // The StartupMessage has no type byte; every later message does.
    const size = (buffer: Buffer) => (buffer.length < (started ? 5 : 4) ? null : started ? 1 + buffer.readInt32BE(1) : buffer.readInt32BE(0));
    frames(socket, size, (frame) => {
      if (!started) {
        started = true;
        const pairs = cstrings(frame.subarray(8));
        user = pairs[pairs.indexOf('user') + 1] ?? '';
        const askForPassword = Buffer.alloc(9);
        askForPassword.write('R', 0);
        askForPassword.writeInt32BE(8, 1);
        askForPassword.writeInt32BE(3, 5);
        socket.write(askForPassword);
        return;
      }
      if (frame.toString('latin1', 0, 1) !== 'p') return;
      capture.received.push(frame.subarray(5, frame.length - 1).toString('utf8'));
      const fields = Buffer.from(`SFATAL\0VFATAL\0C28P01\0Mpassword authentication failed for user "${user}"\0\0`);
      const error = Buffer.alloc(5);
      error.write('E', 0);
      error.writeInt32BE(4 + fields.length, 1);
      socket.end(Buffer.concat([error, fields]));
    });
  });
}

/** The nonce the MySQL capture server sends: 8 + 12 bytes. */
const NONCE_1 = Buffer.from('abcdefgh');
const NONCE_2 = Buffer.from('ijklmnopqrst');
const sha1 = (...parts: Buffer[]) => parts.reduce((hash, part) => hash.update(part), createHash('sha1')).digest();

/** The mysql_native_password scramble a client sends for `password` and the server's nonce. */
export function mysqlScramble(password: string): string {
  const stage1 = sha1(Buffer.from(password));
  const stage3 = sha1(NONCE_1, NONCE_2, sha1(stage1));
  return Buffer.from(stage1.map((byte, i) => byte ^ stage3[i])).toString('hex');
}

function mysqlPacket(sequence: number, body: Buffer): Buffer {
  return Buffer.concat([Buffer.from([body.length & 0xff, (body.length >> 8) & 0xff, body.length >> 16, sequence]), body]);
}

/**
 * A MySQL HandshakeV10 packet offering mysql_native_password with the nonce mysqlScramble knows;
 * with `tls`, it also offers TLS (CLIENT_SSL), to which clients answer with an SSLRequest.
 */
export function mysqlHandshake(options: { tls: boolean }): Buffer {
  // long password, with db, 4.1, secure connection, plugin auth (and SSL)
  const capabilities = 0x1 | 0x8 | 0x200 | 0x8000 | 0x80000 | (options.tls ? 0x800 : 0);
  return mysqlPacket(
    0,
    Buffer.concat([
      Buffer.from([10]),
      Buffer.from('8.0.0-capture\0'),
      Buffer.from([1, 0, 0, 0]),
      NONCE_1,
      Buffer.from([0]),
      Buffer.from([capabilities & 0xff, (capabilities >> 8) & 0xff]),
      Buffer.from([33, 2, 0]),
      Buffer.from([(capabilities >> 16) & 0xff, (capabilities >> 24) & 0xff]),
      Buffer.from([21]),
      Buffer.alloc(10),
      NONCE_2,
      Buffer.from([0]),
      Buffer.from('mysql_native_password\0'),
    ]),
  );
}

/**
 * MySQL: sends the handshake, records the auth response of the HandshakeResponse41 (hex; compare
 * with mysqlScramble) and refuses it with error 1045 and the server's usual text, quoting the user.
 */
export function mysqlCaptureServer(): Promise<CaptureServer> {
  return tcpCaptureServer((socket, capture) => {
    const size = (buffer: Buffer) => (buffer.length < 4 ? null : 4 + buffer.readUIntLE(0, 3));
    let answered = false;
    frames(socket, size, (frame) => {
      if (answered) return;
      answered = true;
      const body = frame.subarray(4);
      const flags = body.readUInt32LE(0);
      let offset = 32;
      const userEnd = body.indexOf(0, offset);
      const user = body.toString('utf8', offset, userEnd);
      offset = userEnd + 1;
      // PLUGIN_AUTH_LENENC_CLIENT_DATA: a length-encoded length (short tokens: one byte), else one byte.
      const length = body[offset];
      const token = flags & 0x200000 || flags & 0x8000 ? body.subarray(offset + 1, offset + 1 + length) : Buffer.alloc(0);
      capture.received.push(token.toString('hex'));
      const message = `Access denied for user '${user}'@'localhost' (using password: YES)`;
      socket.end(mysqlPacket(2, Buffer.concat([Buffer.from([0xff, 1045 & 0xff, 1045 >> 8]), Buffer.from(`#28000${message}`)])));
    });
    socket.write(mysqlHandshake({ tls: false }));
  });
}
